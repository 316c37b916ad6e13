package id.spbe;

import id.spbe.common.Wib;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application's one {@link Clock}, which a test may freeze on a WIB day and must then let go
 * ({@link #reset()} in {@code @AfterEach}); otherwise the system clock in WIB. Installed in the
 * shared {@link IntegrationTest} context in place of the real bean, so deadline and window tests
 * need neither a context of their own nor sleeps. Tests run one after another in one JVM, so a
 * frozen day is seen only by the test that froze it.
 */
public final class TestClock extends Clock {

	private volatile Clock delegate = Clock.system(Wib.ZONE);

	/** Freezes "now" at noon WIB of {@code day}. */
	public void freeze(LocalDate day) {
		delegate = Clock.fixed(day.atTime(LocalTime.NOON).atZone(Wib.ZONE).toInstant(), Wib.ZONE);
	}

	/** Back to the system clock. */
	public void reset() {
		delegate = Clock.system(Wib.ZONE);
	}

	@Override
	public ZoneId getZone() {
		return Wib.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return delegate.withZone(zone);
	}

	@Override
	public Instant instant() {
		return delegate.instant();
	}

	/** Puts a {@link TestClock} where the application's clock bean was. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Install {

		@Bean
		static BeanPostProcessor testClockInstaller() {
			TestClock clock = new TestClock();
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof Clock && !(bean instanceof TestClock) ? clock : bean;
				}
			};
		}
	}
}
