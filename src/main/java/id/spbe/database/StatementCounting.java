package id.spbe.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.listener.ThreadQueryCountHolder;
import net.ttddyy.dsproxy.listener.logging.SLF4JLogLevel;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Counts the SQL statements each thread sends (datasource-proxy), so that a test or the benchmark
 * can check that a page costs the same number of statements with 10 agencies as with 640.
 * Off in production: {@code spbe.statements.count=true} wraps the data source (tests do),
 * {@code spbe.statements.header=true} also answers a request that asks with
 * {@code X-Count-Statements: true} with {@code X-Statement-Count}, the statements its thread sent
 * ({@code bench/dashboard.sh} and {@code bench/pages.sh} do; the response is buffered to set the
 * header after the body, so never in production; only asking requests are buffered, because the
 * buffer's writer flushes on every write and so costs a page in proportion to its size: the pages
 * benchmark measures its throughput with requests that do not ask), and {@code spbe.statements.log=true}
 * logs each statement (logger {@code id.spbe.statements}), to find which ones a page sends.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spbe.statements.count", havingValue = "true")
class StatementCounting {

	static final String HEADER = "X-Statement-Count";
	static final String ASK = "X-Count-Statements";

	@Bean
	static BeanPostProcessor countingDataSource(Environment env) {
		boolean log = env.getProperty("spbe.statements.log", Boolean.class, false);
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource ds && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
					ProxyDataSourceBuilder proxy = ProxyDataSourceBuilder.create(ds).name(name).listener(new Tally());
					return (log ? proxy.logQueryBySlf4j(SLF4JLogLevel.INFO, "id.spbe.statements") : proxy).build();
				}
				return bean;
			}
		};
	}

	/**
	 * Counts each statement the thread sends without reading it. datasource-proxy's own counter
	 * ({@code countQuery()}) sorts every statement into select, insert and so on by stripping its
	 * comments and white space with regular expressions first: 5 % of the review overview's time
	 * in the pages benchmark (long statements), which production does not pay. Only the total is
	 * asked for.
	 */
	static final class Tally implements QueryExecutionListener {

		private final ThreadQueryCountHolder counts = new ThreadQueryCountHolder();

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			counts.getOrCreateQueryCount(execution.getDataSourceName()).incrementTotal();
		}
	}

	@Bean
	@ConditionalOnProperty(name = "spbe.statements.header", havingValue = "true")
	FilterRegistrationBean<OncePerRequestFilter> statementCountHeader() {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				QueryCountHolder.clear();
				if (!"true".equals(request.getHeader(ASK))) {
					chain.doFilter(request, response);
					return;
				}
				ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
				chain.doFilter(request, buffered);
				buffered.setHeader(HEADER, String.valueOf(QueryCountHolder.getGrandTotal().getTotal()));
				buffered.copyBodyToResponse();
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}
}
