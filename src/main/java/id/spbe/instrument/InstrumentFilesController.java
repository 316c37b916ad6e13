package id.spbe.instrument;

import id.spbe.common.Forms;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import org.springframework.security.core.userdetails.UserDetails;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The version list's files (ADMIN only): any version exported as YAML or Excel, and a YAML or
 * Excel file imported as a new draft. A refused import changes nothing and lists every problem on
 * the list page, by line (YAML) or by sheet, row and column (Excel).
 */
@Controller
class InstrumentFilesController {

	private static final String LIST = "redirect:/admin/instruments#import";

	private final InstrumentVersionFiles files;
	private final InstrumentFileLimits limits;
	private final Messages messages;

	InstrumentFilesController(InstrumentVersionFiles files, InstrumentFileLimits limits, Messages messages) {
		this.files = files;
		this.limits = limits;
		this.messages = messages;
	}

	@GetMapping("/admin/instruments/{code}/versions/{version}/export.yaml")
	ResponseEntity<byte[]> exportYaml(@AuthenticationPrincipal UserDetails user, @PathVariable String code,
			@PathVariable int version) {
		byte[] yaml = files.exportYaml(user, code, version).getBytes(StandardCharsets.UTF_8);
		return download(yaml, new MediaType("application", "yaml", StandardCharsets.UTF_8), code + "-v" + version + ".yaml");
	}

	@GetMapping("/admin/instruments/{code}/versions/{version}/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@AuthenticationPrincipal UserDetails user, @PathVariable String code,
			@PathVariable int version) {
		return download(files.exportXlsx(user, code, version),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				code + "-v" + version + ".xlsx");
	}

	@PostMapping("/admin/instruments/import")
	String importFile(@AuthenticationPrincipal UserDetails user, @ModelAttribute("importForm") InstrumentImportForm form,
			BindingResult binding, RedirectAttributes redirect) {
		MultipartFile file = form.getFile();
		// the kept form travels in the session (PostgreSQL, serialised): an error must not hold the upload
		form.setFile(null);
		if (file == null || file.isEmpty()) {
			binding.rejectValue("file", "instrumentEdit.error.noFile");
		}
		else {
			try {
				InstrumentVersions.VersionKey key = InstrumentImports.importFile(files, user, file, limits.maxBytes());
				redirect.addFlashAttribute("success", messages.get("instrumentEdit.imported", key.code(), key.version()));
				return "redirect:/admin/instruments/" + key.code() + "/versions/" + key.version();
			}
			catch (InstrumentImportException e) {
				binding.reject("instrument.import.refused", new Object[] { e.problems().size() }, null);
				redirect.addFlashAttribute("importProblems", e.problems().stream().map(this::line).toList());
			}
			catch (RuleViolationException e) {
				Forms.reject(binding, e);
			}
			catch (IOException e) {
				binding.rejectValue("file", "instrumentEdit.error.unreadable");
			}
		}
		Forms.keep(redirect, "importForm", form, binding);
		return LIST;
	}

	/** One refusal as the page lists it: where in the file, where in the instrument, and why. */
	private String line(ImportProblem p) {
		StringBuilder line = new StringBuilder();
		if (p.line() != null) {
			line.append(messages.get("instrumentEdit.import.atLine", p.line())).append(' ');
		}
		if (p.sheet() != null) {
			line.append(messages.get("instrumentEdit.import.atCell", p.sheet(), p.row() == null ? "-" : p.row(),
					p.column() == null ? "-" : p.column())).append(' ');
		}
		if (p.place() != null) {
			InstrumentPlace place = p.place();
			line.append(messages.get("instrumentEdit.place." + place.kind(), place.code() == null ? "" : place.code()));
			if (place.level() != null) {
				line.append(messages.get("instrumentEdit.place.level", place.level()));
			}
			if (place.item() != null) {
				line.append(messages.get("instrumentEdit.place.item", place.item()));
			}
			line.append(": ");
		}
		return line.append(messages.get(p.key(), p.args().toArray())).toString();
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok().contentType(type)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
				.body(body);
	}
}
