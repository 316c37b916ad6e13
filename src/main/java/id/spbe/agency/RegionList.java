package id.spbe.agency;

import id.spbe.common.Csv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The bundled list of Indonesia's provinces and kabupaten/kota with their Kemendagri codes
 * ({@code regions/}, from idn-area-data under the ODbL, see NOTICE.md there), read once. It is
 * also the list of known provinces: an agency's province must be one of them.
 */
@Component
class RegionList {

	/** Where the list comes from, as the page that loads it attributes it. */
	static final String SOURCE = "idn-area-data 4.0.1";

	/** A province of the list. */
	record Province(String code, String name) {

		/** The agency's name, as the demo data and the ministry's lists write it. */
		String agencyName() {
			return "Pemerintah Provinsi " + name;
		}
	}

	/** A kabupaten or kota of the list; {@code name} starts with "Kabupaten" or "Kota" as in the source. */
	record Regency(String code, Province province, String name, AgencyType type) {

		String agencyName() {
			return "Pemerintah " + name;
		}
	}

	private final Map<String, Province> provinces = new LinkedHashMap<>();
	private final Map<String, Province> provincesByName = new LinkedHashMap<>();
	private final Map<String, Regency> regencies = new LinkedHashMap<>();

	RegionList() {
		for (Csv.Row row : read("regions/provinces.csv", List.of("code", "name"))) {
			Province p = new Province(row.get("code"), row.get("name"));
			provinces.put(p.code(), p);
			provincesByName.put(key(p.name()), p);
		}
		for (Csv.Row row : read("regions/regencies.csv", List.of("code", "province_code", "name"))) {
			String name = row.get("name");
			AgencyType type = name.startsWith("Kota ") ? AgencyType.KOTA : AgencyType.KABUPATEN;
			Province province = provinces.get(row.get("province_code"));
			if (province == null || !(name.startsWith("Kota ") || name.startsWith("Kabupaten "))) {
				throw new IllegalStateException("regions/regencies.csv line " + row.line() + ": " + name);
			}
			regencies.put(row.get("code"), new Regency(row.get("code"), province, name, type));
		}
	}

	List<Province> provinces() {
		return List.copyOf(provinces.values());
	}

	List<Regency> regencies() {
		return List.copyOf(regencies.values());
	}

	/** The province of this name, however it is capitalised or spaced. */
	Optional<Province> province(String name) {
		return Optional.ofNullable(name == null ? null : provincesByName.get(key(name)));
	}

	Optional<Province> provinceByCode(String code) {
		return Optional.ofNullable(provinces.get(code));
	}

	Optional<Regency> regency(String code) {
		return Optional.ofNullable(regencies.get(code));
	}

	/** A name reduced to lower-case letters and digits: "Kota Pangkal Pinang" and "Kota Pangkalpinang" meet. */
	static String key(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	private static List<Csv.Row> read(String path, List<String> columns) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return Csv.read(in, Csv.Spec.of(columns, List.of()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
