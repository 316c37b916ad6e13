package id.spbe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application with MockMvc and {@link Fixtures}: every test that needs nothing else uses
 * this one annotation, so that they all share one cached Spring context (one start-up per test
 * run). A test that needs other properties or a real server starts its own context; keep those
 * few.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Import({ Fixtures.class, TestClock.Install.class, MockMvcFlash.Install.class })
public @interface IntegrationTest {
}
