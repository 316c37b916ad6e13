package id.spbe.selfassessment;

import id.spbe.common.Forms;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import id.spbe.user.CurrentUser;
import id.spbe.worksheet.Worksheet;
import id.spbe.worksheet.Worksheets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** The Excel worksheet: export one row per indicator, import levels and justifications back. */
@Controller
class WorksheetController {

	private final Worksheets worksheets;
	private final WorksheetExport export;
	private final WorksheetReader reader;
	private final WorksheetImport importer;
	private final Messages messages;

	WorksheetController(Worksheets worksheets, WorksheetExport export, WorksheetReader reader, WorksheetImport importer,
			Messages messages) {
		this.worksheets = worksheets;
		this.export = export;
		this.reader = reader;
		this.importer = importer;
		this.messages = messages;
	}

	@GetMapping("/evaluations/{id}/worksheet.xlsx")
	ResponseEntity<byte[]> exportWorksheet(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Worksheet ws = worksheets.worksheet(user, id);
		byte[] xlsx = export.export(ws, LocaleContextHolder.getLocale());
		String name = "lembar-kerja-" + ws.evaluation().periodName().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase()
				+ "-" + ws.evaluation().agencyName().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase() + ".xlsx";
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
				.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.body(xlsx);
	}

	@PostMapping("/evaluations/{id}/worksheet")
	String importWorksheet(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("importForm") ImportForm form, BindingResult binding, RedirectAttributes redirect) {
		Worksheet ws = worksheets.worksheet(user, id);
		MultipartFile file = form.getFile();
		form.setFile(null);
		if (file == null || file.isEmpty()) {
			binding.rejectValue("file", "worksheet.error.noFile");
		}
		else {
			try (InputStream in = file.getInputStream()) {
				WorksheetImport.Outcome outcome = importer.apply(user, id, reader.read(in, ws));
				outcome.errors().forEach(e -> e.rejectOn(binding));
				if (!binding.hasErrors()) {
					redirect.addFlashAttribute("success", messages.get("worksheet.imported", outcome.changed()));
				}
			}
			catch (RuleViolationException e) {
				Forms.reject(binding, e);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		if (binding.hasErrors()) {
			Forms.keep(redirect, "importForm", form, binding);
		}
		return "redirect:/evaluations/" + id;
	}
}
