package id.spbe.user;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	List<UserAccount> findAllByOrderByRoleAscUsernameAsc();

	List<UserAccount> findByAgencyIdOrderByFullName(long agencyId);
}
