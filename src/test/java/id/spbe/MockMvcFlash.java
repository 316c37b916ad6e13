package id.spbe;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.WebUtils;

/**
 * MockMvc's {@code flashAttrs(...)} stores the flash attributes a test hands over in the mock
 * request's own {@code MockHttpSession}; the application's session is Spring Session's (in
 * PostgreSQL), which wraps the request, so the application would never see them. This flash map
 * manager, put in place of the application's in the shared {@link IntegrationTest} context, also
 * takes the flash maps left in the mock session, once. Flash attributes the application itself
 * writes go through the real session (serialised into PostgreSQL) as in production.
 */
final class MockMvcFlash extends SessionFlashMapManager {

	/** Where {@link SessionFlashMapManager} keeps its flash maps in a session. */
	static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	@Override
	@SuppressWarnings("unchecked")
	protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		List<FlashMap> stored = super.retrieveFlashMaps(request);
		MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
		HttpSession mockSession = mock == null ? null : mock.getSession(false);
		Object given = mockSession == null ? null : mockSession.getAttribute(FLASH_MAPS);
		if (!(given instanceof List<?> maps) || maps.isEmpty()) {
			return stored;
		}
		mockSession.removeAttribute(FLASH_MAPS);
		List<FlashMap> all = new ArrayList<>(stored == null ? List.of() : stored);
		all.addAll((List<FlashMap>) maps);
		return all;
	}

	/** Puts a {@link MockMvcFlash} where the application's flash map manager was. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Install {

		@Bean
		static BeanPostProcessor mockMvcFlashInstaller() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof FlashMapManager && !(bean instanceof MockMvcFlash) ? new MockMvcFlash() : bean;
				}
			};
		}
	}
}
