package id.spbe.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Language: Indonesian by default, English with {@code ?lang=en} (see {@link ApiAwareLocaleResolver}); the JSON
 * parser's limits; decimals in the reader's language ({@link DecimalFormatter}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * Longest JSON number the API reads, in characters. Above {@link id.spbe.common.Numbers}' own
	 * bounds, so that those give the precise refusal; this one only stops a long number while it is
	 * read, before any value exists (Jackson's default allows 1000 digits).
	 */
	static final int MAX_JSON_NUMBER_LENGTH = 100;

	/**
	 * Longest JSON text value and deepest nesting the application reads (API bodies, the lists the
	 * database hands over as JSON, a backup's manifest). Far above every field's own bound, which
	 * gives the precise refusal; these stop a 20 MB value or a thousand nested arrays while they are
	 * read (a tryout sent both; Jackson's defaults allow 20 MB values and 500 levels). No limit on a
	 * whole document: a national backup's manifest lists every evidence file.
	 */
	static final int MAX_JSON_STRING_LENGTH = 1_000_000;

	static final int MAX_JSON_NESTING = 100;

	/**
	 * Boot's JSON mapper builder with its customizers (the {@code spring.jackson} settings), on a
	 * parser with {@link #MAX_JSON_NUMBER_LENGTH} and the other limits: the builder cannot change its parser afterwards,
	 * so it is made here rather than customized.
	 */
	@Bean
	@Scope("prototype")
	JsonMapper.Builder jsonMapperBuilder(ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
		JsonFactory parser = JsonFactory.builder()
				.streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(MAX_JSON_NUMBER_LENGTH)
						.maxStringLength(MAX_JSON_STRING_LENGTH).maxNestingDepth(MAX_JSON_NESTING).build())
				.build();
		JsonMapper.Builder builder = JsonMapper.builder(parser);
		customizers.orderedStream().forEach(c -> c.customize(builder));
		return builder;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new ApiAwareLocaleResolver();
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatter(new DecimalFormatter());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}
}
