package id.spbe.user;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Two requests of one session that arrive together each read the session, add the same attribute
 * (a flash message) and save it: both saves succeed and the later value stays (the plain INSERT
 * refused the second on the attributes' primary key, and its request answered 500).
 */
@IntegrationTest
class SessionStoreTest {

	private static final String FLASH = "org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS";

	/** Raw: the repository's session type is not public. */
	@SuppressWarnings("rawtypes")
	@Autowired
	SessionRepository sessions;

	@Test
	@SuppressWarnings("unchecked")
	void twoRequestsAddingTheSameAttributeBothSave() {
		Session created = sessions.createSession();
		sessions.save(created);
		Session first = sessions.findById(created.getId());
		Session second = sessions.findById(created.getId());

		first.setAttribute(FLASH, "first");
		second.setAttribute(FLASH, "second");
		sessions.save(first);
		sessions.save(second);

		assertThat((String) ((Session) sessions.findById(created.getId())).getAttribute(FLASH)).isEqualTo("second");
		sessions.deleteById(created.getId());
	}
}
