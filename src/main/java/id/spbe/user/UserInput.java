package id.spbe.user;

/**
 * A user as an administrator types it (page form, API body or CSV line), before it is checked:
 * the role as text so that an unknown one gets its own message; agency and unit already resolved
 * to ids (null when not given); the password is the temporary one (null: keep the current one); the e-mail address as typed (null:
 * none) and the language of messages as typed (null: {@code id}).
 */
record UserInput(String username, String displayName, String role, Long agencyId, Long unitId, String institution,
		String password, String email, String language) {
}
