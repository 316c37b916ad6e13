package id.spbe.agency;

import id.spbe.common.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The one set of rules for an agency's fields, shared by the page form, the API and the CSV
 * import, so the three refuse the same things with the same messages: each refusal names its
 * field (form field, JSON property, CSV column).
 */
@Component
class AgencyChecks {

	static final int MAX_NAME = 300;

	/** One refusal: the field, a message key and its arguments. */
	record Problem(String field, String key, Object... args) {
	}

	/** The checked input, or the problems (then {@code input} is null). */
	record Checked(AgencyInput input, List<Problem> problems) {
	}

	/**
	 * The names and codes in use, to refuse duplicates; an import adds each good row so that a
	 * file naming an agency twice is refused too.
	 */
	static final class Known {

		private final Map<String, String> names = new HashMap<>();
		private final Map<String, Long> nameIds = new HashMap<>();
		private final Map<String, String> codeHolders = new HashMap<>();
		private final Map<String, Long> codeIds = new HashMap<>();

		Known(List<Agency> agencies) {
			agencies.forEach(a -> add(a.getId(), a.getName(), a.getRegionCode()));
		}

		/** {@code id} null for a row of a file not stored yet. */
		void add(Long id, String name, String code) {
			String key = name.toLowerCase(Locale.ROOT);
			names.put(key, name);
			nameIds.put(key, id);
			if (code != null) {
				codeHolders.put(code, name);
				codeIds.put(code, id);
			}
		}

		private boolean nameTaken(String name, Long self) {
			String key = name.toLowerCase(Locale.ROOT);
			return names.containsKey(key) && (self == null || !self.equals(nameIds.get(key)));
		}

		private String codeHolder(String code, Long self) {
			return codeHolders.containsKey(code) && (self == null || !self.equals(codeIds.get(code)))
					? codeHolders.get(code) : null;
		}
	}

	private final RegionList regions;

	AgencyChecks(RegionList regions) {
		this.regions = regions;
	}

	/** Checks typed values for the agency {@code self} (null: a new one). */
	Checked check(String typedName, String typedType, String typedProvince, String typedCode, Long self, Known known) {
		List<Problem> problems = new ArrayList<>();
		String name = Texts.line(typedName);
		if (name == null) {
			problems.add(new Problem("name", "agency.error.required"));
		}
		else if (Texts.length(name) > MAX_NAME) {
			problems.add(new Problem("name", "agency.error.nameTooLong", MAX_NAME));
		}
		else if (known.nameTaken(name, self)) {
			problems.add(new Problem("name", "agency.error.duplicateName", name));
		}
		AgencyType type = type(Texts.line(typedType), problems);
		String province = province(Texts.line(typedProvince), type, problems);
		String code = code(Texts.line(typedCode), type, province, self, known, problems);
		return problems.isEmpty() ? new Checked(new AgencyInput(name, type, province, code), List.of())
				: new Checked(null, problems);
	}

	private static AgencyType type(String typed, List<Problem> problems) {
		if (typed == null) {
			problems.add(new Problem("type", "agency.error.required"));
			return null;
		}
		try {
			return AgencyType.valueOf(typed.toUpperCase(Locale.ROOT).replace(' ', '_').replace('/', '_'));
		}
		catch (IllegalArgumentException e) {
			problems.add(new Problem("type", "agency.error.unknownType", typed,
					Arrays.stream(AgencyType.values()).map(Enum::name).collect(Collectors.joining(", "))));
			return null;
		}
	}

	private String province(String typed, AgencyType type, List<Problem> problems) {
		if (typed == null) {
			if (type != null && type != AgencyType.KEMENTERIAN_LEMBAGA) {
				problems.add(new Problem("province", "agency.error.provinceRequired"));
			}
			return null;
		}
		var province = regions.province(typed);
		if (province.isEmpty()) {
			problems.add(new Problem("province", "agency.error.unknownProvince", typed));
			return null;
		}
		return province.get().name();
	}

	private String code(String code, AgencyType type, String province, Long self, Known known, List<Problem> problems) {
		if (code == null || type == null) {
			return code;
		}
		String regionProvince;
		AgencyType regionType;
		if (type == AgencyType.KEMENTERIAN_LEMBAGA) {
			problems.add(new Problem("regionCode", "agency.error.codeForMinistry"));
			return null;
		}
		else if (type == AgencyType.PROVINSI) {
			var p = regions.provinceByCode(code);
			regionProvince = p.map(RegionList.Province::name).orElse(null);
			regionType = AgencyType.PROVINSI;
		}
		else {
			var r = regions.regency(code);
			regionProvince = r.map(x -> x.province().name()).orElse(null);
			regionType = r.map(RegionList.Regency::type).orElse(null);
		}
		if (regionProvince == null) {
			problems.add(new Problem("regionCode", "agency.error.unknownCode", code));
		}
		else if (regionType != type) {
			problems.add(new Problem("regionCode", "agency.error.codeType", code, regionType.name()));
		}
		else if (province != null && !province.equals(regionProvince)) {
			problems.add(new Problem("regionCode", "agency.error.codeProvince", code, regionProvince));
		}
		else if (known.codeHolder(code, self) != null) {
			problems.add(new Problem("regionCode", "agency.error.duplicateCode", code, known.codeHolder(code, self)));
		}
		return code;
	}
}
