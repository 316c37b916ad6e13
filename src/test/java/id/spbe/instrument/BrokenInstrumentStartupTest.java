package id.spbe.instrument;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.spbe.SpbeApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.ClassPathResource;

/** A broken instrument file stops start-up with a message naming the file, the place and the rule. */
class BrokenInstrumentStartupTest {

	@Test
	void startupFailsNamingFileIndicatorAndRule(@TempDir Path dir) throws Exception {
		String text = new ClassPathResource("instruments/pemdi-2026.yaml").getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
				.replaceFirst("weight: 15\n", "weight: 16\n");
		Files.writeString(dir.resolve("pemdi-broken.yaml"), text);

		assertThatThrownBy(() -> new SpringApplicationBuilder(SpbeApplication.class)
				.run("--spbe.instruments.location=file:" + dir + "/*.yaml", "--spbe.data-dir=target/test-data",
						"--spbe.embedded-db.clean-on-start=true", "--spring.main.banner-mode=off", "--server.port=0")
				.close())
				.isInstanceOf(InstrumentFileException.class)
				.hasMessageContaining("pemdi-broken.yaml: aspect A3: weight 16 but its indicators sum to 15 "
						+ "(rule: an aspect or domain weight equals the sum of its indicator weights)");
	}
}
