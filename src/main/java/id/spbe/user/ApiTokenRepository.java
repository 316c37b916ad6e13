package id.spbe.user;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	/** The token with this secret hash and its owner, in one statement (every API call with a token asks). */
	@Query("select t, u from ApiToken t join UserAccount u on u.id = t.userId where t.secretHash = :hash")
	List<Object[]> withOwner(String hash);

	List<ApiToken> findByUserIdOrderByCreatedAtDescIdDesc(long userId);

	Optional<ApiToken> findByIdAndUserId(long id, long userId);

	@Query("select count(t) from ApiToken t where t.userId = :userId and t.revokedAt is null and t.expiresOn > :today")
	long countUsable(long userId, java.time.LocalDate today);

	@Query("select t from ApiToken t where t.userId = :userId and t.revokedAt is null")
	List<ApiToken> notRevoked(long userId);
}
