package id.spbe.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.database.EmbeddedPostgresConfiguration;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loading on embedded PostgreSQL with every Flyway migration applied. Each test stores the bundled
 * files under an instrument code of its own, so it starts from "not stored yet" whatever other
 * tests (or the start-up loader of another context on the same database) stored before.
 */
@DataJpaTest(showSql = false)
@Import({ EmbeddedPostgresConfiguration.class, InstrumentStore.class, InstrumentCatalog.class,
		id.spbe.common.ClockConfiguration.class })
class InstrumentStoreTest {

	@Autowired
	InstrumentStore store;
	@Autowired
	InstrumentCatalog catalog;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void bothBundledFilesStoreAndReadBackUnchanged() throws Exception {
		for (String bundled : new String[] { "spbe-2020", "pemdi-2026" }) {
			String code = freshCode();
			InstrumentFileReader.ReadInstrument read = bundledAs(bundled, code, s -> s);

			assertThat(store.store(read)).as(bundled).isEqualTo(InstrumentStore.Outcome.CREATED);

			// numeric columns give back 1.300 for 1.3: equal in value, which is what counts
			assertThat(catalog.current(code).orElseThrow()).usingRecursiveComparison()
					.withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(read.definition());
		}
	}

	@Test
	void loadingTheSameFileTwiceChangesNothing() throws Exception {
		String code = freshCode();
		assertThat(store.store(bundledAs("spbe-2020", code, s -> s))).isEqualTo(InstrumentStore.Outcome.CREATED);
		String before = snapshot(code);

		InstrumentStore.Outcome second = store.store(bundledAs("spbe-2020", code, s -> s));

		assertThat(second).isEqualTo(InstrumentStore.Outcome.UNCHANGED);
		assertThat(snapshot(code)).isEqualTo(before);
	}

	@Test
	void aChangedFileWithTheSameVersionNeverOverwritesTheStoredInstrument() throws Exception {
		String code = freshCode();
		assertThat(store.store(bundledAs("pemdi-2026", code, s -> s))).isEqualTo(InstrumentStore.Outcome.CREATED);
		String before = snapshot(code);
		InstrumentFileReader.ReadInstrument edited = bundledAs("pemdi-2026", code,
				s -> s.replace("Tata Kelola Pemdi", "Tata Kelola Pemdi (diubah)"));

		InstrumentStore.Outcome outcome = store.store(edited);

		assertThat(outcome).isEqualTo(InstrumentStore.Outcome.KEPT_STORED);
		assertThat(catalog.current(code).orElseThrow().indicator(1).orElseThrow().name().id())
				.isEqualTo("Tata Kelola Pemdi");
		assertThat(snapshot(code)).isEqualTo(before);
	}

	/** A code no other test or start-up ever stored. */
	private static String freshCode() {
		return "uji-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A bundled file with its code replaced by {@code code}, and edited. */
	private static InstrumentFileReader.ReadInstrument bundledAs(String bundled, String code,
			java.util.function.UnaryOperator<String> edit) throws Exception {
		String text = new ClassPathResource("instruments/" + bundled + ".yaml").getContentAsString(StandardCharsets.UTF_8);
		String renamed = text.replaceFirst("(?m)^code: " + bundled + "$", "code: " + code);
		assertThat(renamed).as("the file's code line").isNotEqualTo(text);
		return InstrumentFileReader.read(InstrumentFileReaderTest.named(code + ".yaml",
				edit.apply(renamed).getBytes(StandardCharsets.UTF_8)));
	}

	private String snapshot(String code) {
		return jdbc.queryForObject("select count(*) from instrument where code = ?", Long.class, code) + "/"
				+ jdbc.queryForObject("select count(*) from indicator i join instrument t on t.id = i.instrument_id "
						+ "where t.code = ?", Long.class, code) + "/"
				+ jdbc.queryForObject("select count(*) from level_criterion c join indicator i on i.id = c.indicator_id "
						+ "join instrument t on t.id = i.instrument_id where t.code = ?", Long.class, code) + "/"
				+ jdbc.queryForObject("select string_agg(checksum || loaded_at, ',' order by id) from instrument where code = ?",
						String.class, code);
	}
}
