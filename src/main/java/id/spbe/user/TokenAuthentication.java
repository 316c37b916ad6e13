package id.spbe.user;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request signed in with a personal API token. Its own type so that what a token may not do
 * (make another token, which would outlive its own expiry) can be told from a password sign-in.
 */
class TokenAuthentication extends AbstractAuthenticationToken {

	private final CurrentUser user;
	private final long tokenId;

	TokenAuthentication(CurrentUser user, long tokenId) {
		super(user.getAuthorities());
		this.user = user;
		this.tokenId = tokenId;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return user;
	}

	long tokenId() {
		return tokenId;
	}
}
