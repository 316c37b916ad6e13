package id.spbe.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class InstrumentFileReaderTest {

	private static final YAMLMapper YAML = new YAMLMapper();

	@Test
	void spbe2020LoadsWithFourDomainsEightAspectsAnd47Indicators() {
		InstrumentDefinition spbe = BundledInstruments.spbe2020();

		assertThat(spbe.code()).isEqualTo("spbe-2020");
		assertThat(spbe.regulation()).isEqualTo("PermenPANRB 59/2020");
		assertThat(spbe.domains()).hasSize(4);
		assertThat(spbe.allAspects()).hasSize(8);
		assertThat(spbe.allIndicators()).hasSize(47);
		assertThat(spbe.fractionalValues()).isFalse();
		assertThat(spbe.indicator(32).orElseThrow().scale()).isEqualTo("technical-function");
		assertThat(spbe.indicator(1).orElseThrow().levels()).containsOnlyKeys(1, 2, 3, 4, 5);
		assertThat(spbe.domains().get(3).weight()).isEqualByComparingTo("45.5");
	}

	@Test
	void pemdi2026LoadsWithSevenAspects20IndicatorsAndItsEvidenceItems() {
		InstrumentDefinition pemdi = BundledInstruments.pemdi2026();

		assertThat(pemdi.domains()).isEmpty();
		assertThat(pemdi.allAspects()).hasSize(7);
		assertThat(pemdi.allIndicators()).hasSize(20);
		assertThat(pemdi.fractionalValues()).isTrue();
		assertThat(pemdi.allIndicators().stream().mapToInt(i -> i.evidenceItems().size()).sum()).isEqualTo(232);
		assertThat(pemdi.indicator(1).orElseThrow().evidenceItemsAt(2)).extracting(InstrumentDefinition.EvidenceItem::code)
				.contains("I1-L2-02");
		assertThat(pemdi.sourceNote().en()).contains("verify against the regulation");
	}

	@Test
	void indicatorWeightsThatDoNotSumTo100AreRefusedNamingFileIndicatorAndRule() {
		assertThatThrownBy(() -> readMutated(root -> indicator(root, 0, 0, 0).put("weight", 1.4)))
				.isInstanceOf(InstrumentFileException.class)
				.hasMessageContaining("broken.yaml: instrument: indicator weights sum to 100.1 (rule: indicator weights sum to 100)")
				.hasMessageContaining("broken.yaml: aspect A1: weight 13 but its indicators sum to 13.1")
				.hasMessageContaining("broken.yaml: domain D1: weight 13 but its indicators sum to 13.1");
	}

	@Test
	void aspectWeightThatDiffersFromItsIndicatorsIsRefused() {
		assertThatThrownBy(() -> readMutated(root -> ((ObjectNode) root.get("domains").get(1).get("aspects").get(0)).put("weight", 11)))
				.isInstanceOf(InstrumentFileException.class)
				.hasMessageContaining("broken.yaml: aspect A2: weight 11 but its indicators sum to 10")
				.hasMessageContaining("rule: an aspect or domain weight equals the sum of its indicator weights");
	}

	@Test
	void missingCriterionIsRefusedNamingTheIndicatorAndLevel() {
		assertThatThrownBy(() -> readMutated(root -> ((ObjectNode) indicator(root, 1, 0, 1).get("levels")).remove("3")))
				.isInstanceOf(InstrumentFileException.class)
				.hasMessageContaining("broken.yaml: indicator 12: no criterion for level 3 (rule: every indicator has a criterion for each level)");
	}

	@Test
	void bandsWithAGapAreRefused() {
		assertThatThrownBy(() -> readMutated(root -> ((ObjectNode) root.get("bands").get(3)).put("min", "1.90")))
				.isInstanceOf(InstrumentFileException.class)
				.hasMessageContaining("broken.yaml: band Cukup: gap from 1.80 to 1.90 (rule: bands cover the whole scale with no gap or overlap)");
	}

	@Test
	void bandsThatOverlapAreRefused() {
		assertThatThrownBy(() -> readMutated(root -> ((ObjectNode) root.get("bands").get(0)).put("min", "4.00")))
				.isInstanceOf(InstrumentFileException.class)
				.hasMessageContaining("band Memuaskan: overlaps below 4.20")
				.hasMessageContaining("rule: bands cover the whole scale with no gap or overlap");
	}

	@Test
	void bandsThatStopShortOfTheScaleAreRefused() {
		assertThatThrownBy(() -> readMutated(root -> ((ObjectNode) root.get("bands").get(0)).put("max", "4.90")))
				.isInstanceOf(InstrumentFileException.class)
				.hasMessageContaining("bands: top band ends at 4.90, scale ends at 5");
	}

	@Test
	void unknownIndicatorScaleIsRefused() {
		assertThatThrownBy(() -> readMutated(root -> indicator(root, 3, 0, 0).put("scale", "services")))
				.isInstanceOf(InstrumentFileException.class)
				.hasMessageContaining("broken.yaml: indicator 32: unknown scale services");
	}

	@Test
	void unknownKeysAreRefusedSoThatATypoCannotDropContent() {
		assertThatThrownBy(() -> readMutated(root -> indicator(root, 0, 0, 0).put("wieght", 1.3)))
				.isInstanceOf(InstrumentFileException.class)
				.hasMessageContaining("broken.yaml: not a valid instrument file")
				.hasMessageContaining("wieght");
	}

	@Test
	void duplicateIndicatorNumbersAreRefused() {
		assertThatThrownBy(() -> readMutated(root -> indicator(root, 0, 0, 1).put("number", 1)))
				.isInstanceOf(InstrumentFileException.class)
				.hasMessageContaining("indicator 1: number used twice");
	}

	private static ObjectNode indicator(JsonNode root, int domain, int aspect, int indicator) {
		ArrayNode indicators = (ArrayNode) root.get("domains").get(domain).get("aspects").get(aspect).get("indicators");
		return (ObjectNode) indicators.get(indicator);
	}

	static InstrumentFileReader.ReadInstrument readMutated(Consumer<JsonNode> mutation) throws IOException {
		JsonNode root = YAML.readTree(new ClassPathResource("instruments/spbe-2020.yaml").getInputStream());
		mutation.accept(root);
		return InstrumentFileReader.read(named("broken.yaml", YAML.writeValueAsBytes(root)));
	}

	static ByteArrayResource named(String name, byte[] bytes) {
		return new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		};
	}
}
