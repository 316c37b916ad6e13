package id.spbe.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several application instances share one database, each with its own {@link InstrumentCatalog}
 * in memory: a version retired on another instance (here: its row changed directly, as that
 * instance's transaction would) is no longer listed as published by this one.
 */
@IntegrationTest
class CatalogAcrossNodesTest {

	@Autowired
	InstrumentVersions versions;
	@Autowired
	InstrumentCatalog catalog;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestInstruments() {
		jdbc.update("delete from instrument where code like 'n-%'");
	}

	@Test
	void aVersionRetiredOnAnotherInstanceIsNotListedAsPublishedHere() {
		String code = "n-" + UUID.randomUUID().toString().substring(0, 8);
		versions.storeImported(fixtures.login("admin"),
				InstrumentVersionTrees.withIdentity(BundledInstruments.spbe2020(), code, 1, InstrumentStatus.DRAFT), "test");
		versions.publish(fixtures.login("admin"), code, 1);
		// read, and so cached, by this instance
		assertThat(catalog.version(code, 1).orElseThrow().status()).isEqualTo(InstrumentStatus.PUBLISHED);
		assertThat(catalog.current(code).orElseThrow().status()).isEqualTo(InstrumentStatus.PUBLISHED);

		assertThat(jdbc.update("update instrument set status = 'RETIRED' where code = ? and version = 1", code)).isEqualTo(1);

		assertThat(catalog.version(code, 1).orElseThrow().status()).isEqualTo(InstrumentStatus.RETIRED);
		assertThat(catalog.current(code).orElseThrow().status()).isEqualTo(InstrumentStatus.RETIRED);
		assertThat(catalog.list()).filteredOn(summary -> summary.code().equals(code)).singleElement()
				.satisfies(summary -> assertThat(summary.status()).isEqualTo(InstrumentStatus.RETIRED));
	}
}
