package id.spbe.user;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

	/**
	 * The active administrators, locked for the transaction: two administrators deactivating each
	 * other at the same moment must not leave none.
	 */
	@Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from UserAccount u where u.role = id.spbe.user.Role.ADMIN and u.enabled = true order by u.id")
	List<UserAccount> lockActiveAdministrators();

	/** The stored names among these, in lower case (the CSV import's duplicate check in one query). */
	@Query("select lower(u.username) from UserAccount u where lower(u.username) in :names")
	List<String> takenNames(java.util.Collection<String> names);

	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	List<UserAccount> findAllByOrderByRoleAscUsernameAsc();

	List<UserAccount> findByAgencyIdOrderByFullName(long agencyId);
}
