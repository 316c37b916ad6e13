package id.spbe.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/** The container's side of error answers (see {@link ErrorPageController}). */
@Configuration(proxyBeanMethods = false)
class ErrorAnswerConfiguration {

	/**
	 * Boot's resolver, except on the error dispatch: a multipart body that failed to parse would be
	 * parsed again there, fail again, and break the error page itself.
	 */
	@Bean(name = "multipartResolver")
	MultipartResolver multipartResolver() {
		return new StandardServletMultipartResolver() {
			@Override
			public boolean isMultipart(HttpServletRequest request) {
				return request.getDispatcherType() != DispatcherType.ERROR && super.isMultipart(request);
			}
		};
	}

	/**
	 * Tomcat's own report, for what it answers without the application (a request line or header it
	 * cannot parse), becomes a short page in the product's words with no server name or stack
	 * trace. Runs after Boot's customizer, whose plain ErrorReportValve it replaces.
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> errorReport(MessageSource messages) {
		return factory -> factory.addContextCustomizers(context -> {
			var pipeline = context.getParent().getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			pipeline.addValve(new PlainErrorReportValve(messages));
			// else the host adds Tomcat's own valve on start, not knowing a subclass does its work
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(PlainErrorReportValve.class.getName());
			}
		});
	}
}
