package id.spbe.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.Transitions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Interview papers: any number of attendees a side up to the bound, each with position and NIP,
 * the place of the meeting, and minutes with place, date and a signature block for every attendee.
 */
@IntegrationTest
class InterviewPapersTest {

	static final String NIP_1 = "198001012005011001";
	static final String NIP_2 = "197512312000122002";

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	Transitions transitions;
	@Autowired
	JdbcTemplate jdbc;

	private Fixtures.InReview inInterview() {
		Fixtures.InReview c = fixtures.inDocumentReview();
		transitions.move(c.team().lead(), c.id(), EvaluationAction.START_INTERVIEW, null);
		return c;
	}

	private MockHttpServletRequestBuilder session(Fixtures.InReview c) {
		return post("/evaluations/{id}/interviews", c.id()).param("date", "2021-08-23").param("time", "09:00")
				.param("medium", "Zoom Meeting").param("findings", "temuan diketik").with(user(c.team().lead())).with(csrf());
	}

	private long sessions(long evaluationId) {
		return jdbc.queryForObject("select count(*) from interview_session where evaluation_id = ?", Long.class, evaluationId);
	}

	@Test
	void manyAttendeesWithPositionsAndNipsAreStoredAndTheMinutesSignEveryOne() throws Exception {
		Fixtures.InReview c = inInterview();
		mvc.perform(session(c).param("place", "Ruang Rapat Diskominfo Lantai 2")
				.param("assessorName", "Dr. Sutrisno Wibowo", "Rina Kartikasari", "", "Bambang Hartono")
				.param("assessorPosition", "Ketua tim", "Anggota", "", "Anggota")
				.param("assessorNip", "", "", "", NIP_2)
				.param("agencyName", "Ayu Puspitasari", "Hendra Saputra", "Dewi Lestari", "Yusuf Ramadhan", "")
				.param("agencyPosition", "Kepala Diskominfo", "Kabid Aplikasi", "Sekretaris Dinas", "Tenaga ahli", "")
				.param("agencyNip", "19800101 200501 1 001", NIP_2, "", "", ""))
				.andExpect(status().is3xxRedirection());
		long session = jdbc.queryForObject("select id from interview_session where evaluation_id = ?", Long.class, c.id());
		assertThat(jdbc.queryForObject("select place from interview_session where id = ?", String.class, session))
				.isEqualTo("Ruang Rapat Diskominfo Lantai 2");
		List<Map<String, Object>> stored = jdbc.queryForList(
				"select side, name, position, nip from interview_attendee where session_id = ? order by ordinal", session);
		assertThat(stored).hasSize(7);
		assertThat(stored.get(2)).containsEntry("name", "Bambang Hartono").containsEntry("nip", NIP_2);
		assertThat(stored.get(3)).containsEntry("side", "AGENCY").containsEntry("nip", NIP_1);
		assertThat(stored.get(6)).containsEntry("name", "Yusuf Ramadhan").containsEntry("nip", null);
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'INTERVIEW_RECORDED' and object_type = 'interview' "
				+ "and object_id = ? and username = ?", Long.class, "" + session, c.team().leadName())).isEqualTo(1);

		mvc.perform(get("/evaluations/{id}/interviews/{s}", c.id(), session).with(user(c.team().member())))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("value=\"" + NIP_1 + "\"")))
				.andExpect(content().string(Matchers.containsString("Ruang Rapat Diskominfo Lantai 2")))
				.andExpect(content().string(Matchers.containsString("data-add-row=\"agency\"")))
				.andExpect(content().string(Matchers.containsString("<template id=\"agency-row\">")));

		String id = pdfText(c, session, "id");
		assertThat(id).contains("Senin, 23 Agustus 2021", "09.00 WIB", "Ruang Rapat Diskominfo Lantai 2", "Tanda tangan");
		String en = pdfText(c, session, "en");
		assertThat(en).contains("Monday, 23 August 2021", "09:00 WIB", "Ruang Rapat Diskominfo Lantai 2", "Signature");
		for (String signatures : List.of(id.substring(id.lastIndexOf("Mewakili instansi")),
				en.substring(en.lastIndexOf("For the agency")))) {
			for (Map<String, Object> a : stored) {
				assertThat(signatures).contains((String) a.get("name"), (String) a.get("position"));
			}
			assertThat(signatures).contains("NIP " + NIP_1, "NIP " + NIP_2);
			assertThat(signatures.split("NIP " + NIP_2, -1)).hasSize(3);
		}
	}

	private String pdfText(Fixtures.InReview c, long session, String lang) throws Exception {
		byte[] pdf = mvc.perform(get("/evaluations/{id}/interviews/{s}/minutes.pdf", c.id(), session).param("lang", lang)
				.with(user(c.team().lead()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		StringBuilder text = new StringBuilder();
		try (PdfReader reader = new PdfReader(pdf)) {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int p = 1; p <= reader.getNumberOfPages(); p++) {
				text.append(extractor.getTextFromPage(p)).append('\n');
			}
		}
		return text.toString();
	}

	@Test
	void twoHundredAttendeesOnASideAreRefusedWithTheBoundAndEverythingTypedComesBack() throws Exception {
		Fixtures.InReview c = inInterview();
		List<String> names = new ArrayList<>();
		for (int i = 1; i <= 200; i++) {
			names.add("Peserta nomor " + i);
		}
		mvc.perform(session(c).param("assessorName", "Dr. Sutrisno Wibowo").param("agencyName", names.toArray(String[]::new)))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("Paling banyak 40 peserta per pihak; Instansi: 200 peserta diisi.")))
				.andExpect(content().string(Matchers.containsString("value=\"Peserta nomor 200\"")))
				.andExpect(content().string(Matchers.containsString("temuan diketik")));
		assertThat(sessions(c.id())).isZero();

		// forty is the bound itself, and is kept
		mvc.perform(session(c).param("assessorName", "Dr. Sutrisno Wibowo")
				.param("agencyName", names.subList(0, 40).toArray(String[]::new)))
				.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select count(*) from interview_attendee a join interview_session s on s.id = a.session_id "
				+ "where s.evaluation_id = ? and a.side = 'AGENCY'", Long.class, c.id())).isEqualTo(40);
	}

	@Test
	void aRowWithoutANameOrWithABadNipIsRefusedOnThatRowAndBlankRowsAreIgnored() throws Exception {
		Fixtures.InReview c = inInterview();
		mvc.perform(session(c).param("assessorName", "Dr. Sutrisno Wibowo", "", "")
				.param("assessorPosition", "Ketua tim", "", "Anggota")
				.param("assessorNip", "", "", "")
				.param("agencyName", "Ayu Puspitasari", "", "Hendra Saputra", "Dewi Lestari")
				.param("agencyPosition", "Kepala Diskominfo", "", "Kabid", "")
				.param("agencyNip", "12345", "", "198013012005011001", NIP_1))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("interviewForm", "assessorName[2]", "interview.error.rowWithoutName"))
				.andExpect(model().attributeHasFieldErrorCode("interviewForm", "agencyNip[0]", "interview.error.nip"))
				.andExpect(model().attributeHasFieldErrorCode("interviewForm", "agencyNip[2]", "interview.error.nip"))
				.andExpect(model().attributeErrorCount("interviewForm", 3))
				.andExpect(content().string(Matchers.containsString("Tim asesor, baris 3: isi nama peserta")))
				.andExpect(content().string(Matchers.containsString("Instansi, baris 1: NIP &quot;12345&quot; tidak sah")))
				.andExpect(content().string(Matchers.containsString("value=\"198013012005011001\"")))
				.andExpect(content().string(Matchers.containsString("value=\"Anggota\"")));
		assertThat(sessions(c.id())).isZero();

		// in English too
		mvc.perform(session(c).param("lang", "en").param("assessorName", "Dr. Sutrisno Wibowo").param("agencyName", "", "Ayu")
				.param("agencyPosition", "Kabid", "").param("agencyNip", "", ""))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("Agency, row 1: enter the attendee&#39;s name")));
		assertThat(sessions(c.id())).isZero();
	}

	private static String json(String place, String attendees) {
		return "{\"date\": \"2021-08-23\", \"time\": \"09:00\", \"medium\": \"Zoom Meeting\", \"place\": \"" + place
				+ "\", \"attendees\": [{\"side\": \"ASSESSOR\", \"name\": \"Dr. Sutrisno\", \"nip\": \"" + NIP_2 + "\"}"
				+ attendees + "]}";
	}

	private static String agency(String name, String position, String nip) {
		return ", {\"side\": \"AGENCY\", \"name\": " + (name == null ? "null" : "\"" + name + "\"") + ", \"position\": \""
				+ position + "\", \"nip\": " + (nip == null ? "null" : "\"" + nip + "\"") + "}";
	}

	@Test
	void theApiTakesTheSameFieldsAndRefusesWhatThePageRefuses() throws Exception {
		Fixtures.InReview c = inInterview();
		StringBuilder many = new StringBuilder();
		for (int i = 1; i <= 200; i++) {
			many.append(agency("Peserta " + i, "Staf", null));
		}
		mvc.perform(post("/api/evaluations/{id}/interviews", c.id()).contentType("application/json")
				.content(json("Aula", many.toString())).with(httpBasic(c.team().leadName(), "demo")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value("Paling banyak 40 peserta per pihak; Instansi: 200 peserta diisi."));
		mvc.perform(post("/api/evaluations/{id}/interviews", c.id()).contentType("application/json")
				.content(json("Aula", agency("Ayu", "Kadis", NIP_1) + agency("Hendra", "Kabid", "1980 0101"))).header("Accept-Language", "en")
				.with(httpBasic(c.team().leadName(), "demo")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value(Matchers.startsWith("Agency, row 2: NIP \"1980 0101\" is not valid")));
		mvc.perform(post("/api/evaluations/{id}/interviews", c.id()).contentType("application/json")
				.content(json("Aula", agency("Ayu", "Kadis", null) + agency(null, "Kabid", NIP_1)))
				.with(httpBasic(c.team().leadName(), "demo")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value("Instansi, baris 2: isi nama peserta (jabatan atau NIP diisi tanpa nama)."));
		assertThat(sessions(c.id())).isZero();

		String created = mvc.perform(post("/api/evaluations/{id}/interviews", c.id()).contentType("application/json")
				.content(json("Aula Diskominfo", agency("Ayu", "Kadis", "19800101 200501 1 001") + agency("Hendra", "Tenaga ahli", null)))
				.with(httpBasic(c.team().leadName(), "demo")))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.place").value("Aula Diskominfo"))
				.andExpect(jsonPath("$.attendees.length()").value(3))
				.andExpect(jsonPath("$.attendees[0].nip").value(NIP_2))
				.andExpect(jsonPath("$.attendees[1].side").value("AGENCY"))
				.andExpect(jsonPath("$.attendees[1].nip").value(NIP_1))
				.andExpect(jsonPath("$.attendees[2].nip").value(Matchers.nullValue()))
				.andReturn().getResponse().getContentAsString();
		long session = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
		mvc.perform(put("/api/evaluations/{id}/interviews/{s}", c.id(), session).contentType("application/json")
				.content(json("Ruang Rapat 2", agency("Ayu", "Kadis", NIP_1))).with(httpBasic(c.team().memberName(), "demo")))
				.andExpect(status().isOk()).andExpect(jsonPath("$.place").value("Ruang Rapat 2"))
				.andExpect(jsonPath("$.attendees.length()").value(2));
		mvc.perform(get("/api/evaluations/{id}/interviews/{s}", c.id(), session).with(httpBasic(c.team().leadName(), "demo")))
				.andExpect(status().isOk()).andExpect(jsonPath("$.attendees[1].position").value("Kadis"));
		assertThat(sessions(c.id())).isEqualTo(1);
	}
}
