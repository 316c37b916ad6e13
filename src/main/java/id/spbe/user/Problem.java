package id.spbe.user;

/** One thing wrong with a {@link UserInput}: the field ({@code username}, {@code role}, ...) and the message. */
record Problem(String field, String key, Object... args) {
}
