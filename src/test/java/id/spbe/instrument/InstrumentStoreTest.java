package id.spbe.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.database.EmbeddedPostgresConfiguration;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Loading on embedded PostgreSQL with every Flyway migration applied. */
@DataJpaTest(showSql = false)
@Import({ EmbeddedPostgresConfiguration.class, InstrumentStore.class, InstrumentCatalog.class, id.spbe.common.ClockConfiguration.class })
class InstrumentStoreTest {

	@Autowired
	InstrumentStore store;
	@Autowired
	InstrumentCatalog catalog;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void bothBundledFilesStoreAndReadBackUnchanged() {
		for (String code : new String[] { "spbe-2020", "pemdi-2026" }) {
			InstrumentFileReader.ReadInstrument read = BundledInstruments.read("instruments/" + code + ".yaml");
			store.store(read);

			// numeric columns give back 1.300 for 1.3: equal in value, which is what counts
			assertThat(catalog.current(code).orElseThrow()).usingRecursiveComparison()
					.withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(read.definition());
		}
	}

	@Test
	void loadingTheSameFileTwiceChangesNothing() {
		InstrumentFileReader.ReadInstrument read = BundledInstruments.read("instruments/spbe-2020.yaml");
		store.store(read);
		String before = snapshot();

		InstrumentStore.Outcome second = store.store(BundledInstruments.read("instruments/spbe-2020.yaml"));

		assertThat(second).isIn(InstrumentStore.Outcome.UNCHANGED);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aChangedFileWithTheSameVersionNeverOverwritesTheStoredInstrument() throws Exception {
		InstrumentFileReader.ReadInstrument original = BundledInstruments.read("instruments/pemdi-2026.yaml");
		store.store(original);
		String text = new ClassPathResource("instruments/pemdi-2026.yaml").getContentAsString(StandardCharsets.UTF_8)
				.replace("Tata Kelola Pemdi", "Tata Kelola Pemdi (diubah)");
		InstrumentFileReader.ReadInstrument edited = InstrumentFileReader
				.read(InstrumentFileReaderTest.named("pemdi-2026.yaml", text.getBytes(StandardCharsets.UTF_8)));

		InstrumentStore.Outcome outcome = store.store(edited);

		assertThat(outcome).isEqualTo(InstrumentStore.Outcome.KEPT_STORED);
		assertThat(catalog.current("pemdi-2026").orElseThrow().indicator(1).orElseThrow().name().id())
				.isEqualTo("Tata Kelola Pemdi");
	}

	private String snapshot() {
		return jdbc.queryForObject("select count(*) from instrument", Long.class) + "/"
				+ jdbc.queryForObject("select count(*) from indicator", Long.class) + "/"
				+ jdbc.queryForObject("select count(*) from level_criterion", Long.class) + "/"
				+ jdbc.queryForObject("select string_agg(checksum || loaded_at, ',' order by id) from instrument", String.class);
	}
}
