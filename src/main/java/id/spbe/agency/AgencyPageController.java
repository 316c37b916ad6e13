package id.spbe.agency;

import id.spbe.common.CsvImportException;
import id.spbe.common.Forms;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's agency pages (ADMIN only, /admin/**): the list with search, filters and
 * pages, new and edit forms, deactivation, the region list load, CSV import and export.
 */
@Controller
class AgencyPageController {

	private static final String LIST = "redirect:/admin/agencies";

	private final AgencyAdmin admin;
	private final AgencyCsv csv;
	private final RegionLoader loader;
	private final RegionList regions;
	private final Messages messages;

	AgencyPageController(AgencyAdmin admin, AgencyCsv csv, RegionLoader loader, RegionList regions, Messages messages) {
		this.admin = admin;
		this.csv = csv;
		this.loader = loader;
		this.regions = regions;
		this.messages = messages;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("types", AgencyType.values());
		model.addAttribute("provinces", regions.provinces().stream().map(RegionList.Province::name).toList());
	}

	@GetMapping("/admin/agencies")
	String list(AgencyFilter filter, Model model) {
		Page<AgencyView> page = admin.search(filter.search(regions), filter.pageIndex());
		model.addAttribute("page", page);
		model.addAttribute("filter", filter);
		model.addAttribute("regionSource", RegionList.SOURCE);
		Forms.fresh(model, "regionsForm", ActionForm::new);
		Forms.fresh(model, "importForm", ActionForm::new);
		Forms.fresh(model, "unitImportForm", ActionForm::new);
		return "admin/agencies";
	}

	@GetMapping("/admin/agencies/export.csv")
	void export(AgencyFilter filter, jakarta.servlet.http.HttpServletResponse response) throws IOException {
		csvResponse(response, "daftar-instansi.csv");
		csv.exportAgencies(filter.search(regions), response.getOutputStream());
	}

	@GetMapping("/admin/agencies/units.csv")
	void exportUnits(AgencyFilter filter, jakarta.servlet.http.HttpServletResponse response) throws IOException {
		csvResponse(response, "unit-kerja.csv");
		csv.exportUnits(filter.search(regions), response.getOutputStream());
	}

	@PostMapping("/admin/agencies/regions")
	String loadRegions(@ModelAttribute("regionsForm") ActionForm form, BindingResult binding,
			RedirectAttributes redirect) {
		try {
			RegionLoader.Outcome o = loader.load();
			redirect.addFlashAttribute("success", messages.get("agency.regionsLoaded", o.added(), o.linked(),
					o.unchanged()));
			if (!o.skipped().isEmpty()) {
				redirect.addFlashAttribute("warning", messages.get("agency.regionsSkipped", String.join(", ", o.skipped())));
			}
		}
		catch (RuleViolationException e) {
			Forms.reject(binding, e);
			Forms.keep(redirect, "regionsForm", form, binding);
		}
		return LIST;
	}

	@PostMapping("/admin/agencies/import")
	String importAgencies(@ModelAttribute("importForm") ActionForm form, BindingResult binding,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
		return upload(form, binding, file, redirect, "importForm", true);
	}

	@PostMapping("/admin/agencies/units/import")
	String importUnits(@ModelAttribute("unitImportForm") ActionForm form, BindingResult binding,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
		return upload(form, binding, file, redirect, "unitImportForm", false);
	}

	@GetMapping("/admin/agencies/new")
	String newAgency(Model model) {
		Forms.fresh(model, "agencyForm", AgencyForm::new);
		return "admin/agency";
	}

	@PostMapping("/admin/agencies")
	String create(@ModelAttribute("agencyForm") AgencyForm form, BindingResult binding, RedirectAttributes redirect) {
		try {
			AgencyView created = admin.create(form.fields());
			redirect.addFlashAttribute("success", messages.get("agency.created", created.name()));
			return "redirect:/admin/agencies/" + created.id();
		}
		catch (AgencyRefusedException e) {
			e.rejectOn(binding);
			return "admin/agency";
		}
	}

	@GetMapping("/admin/agencies/{id}")
	String edit(@PathVariable long id, Model model) {
		AgencyView agency = admin.get(id);
		Forms.fresh(model, "agencyForm", () -> AgencyForm.of(agency));
		return agencyPage(agency, model);
	}

	@PostMapping("/admin/agencies/{id}")
	String update(@PathVariable long id, @ModelAttribute("agencyForm") AgencyForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		try {
			AgencyView updated = admin.update(id, form.fields());
			redirect.addFlashAttribute("success", messages.get("agency.saved", updated.name()));
			return "redirect:/admin/agencies/" + id;
		}
		catch (AgencyRefusedException e) {
			e.rejectOn(binding);
			return agencyPage(admin.get(id), model);
		}
	}

	@PostMapping("/admin/agencies/{id}/deactivate")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		AgencyView a = admin.setActive(id, false);
		redirect.addFlashAttribute("success", messages.get("agency.deactivated", a.name()));
		return "redirect:/admin/agencies/" + id;
	}

	@PostMapping("/admin/agencies/{id}/reactivate")
	String reactivate(@PathVariable long id, RedirectAttributes redirect) {
		AgencyView a = admin.setActive(id, true);
		redirect.addFlashAttribute("success", messages.get("agency.reactivated", a.name()));
		return "redirect:/admin/agencies/" + id;
	}

	private String agencyPage(AgencyView agency, Model model) {
		model.addAttribute("agency", agency);
		model.addAttribute("units", admin.units(agency.id()));
		Forms.fresh(model, "unitForm", UnitForm::new);
		return "admin/agency";
	}

	private String upload(ActionForm form, BindingResult binding, MultipartFile file, RedirectAttributes redirect,
			String name, boolean agencies) {
		if (file == null || file.isEmpty()) {
			binding.reject("csv.error.empty");
		}
		else {
			try (InputStream in = file.getInputStream()) {
				int added = agencies ? csv.importAgencies(in) : csv.importUnits(in);
				redirect.addFlashAttribute("success",
						messages.get(agencies ? "agency.imported" : "agency.unitsImported", added));
				return LIST;
			}
			catch (CsvImportException e) {
				Forms.reject(binding, e);
				e.problems().forEach(p -> p.rejectOn(binding));
			}
			catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
		Forms.keep(redirect, name, form, binding);
		return LIST;
	}

	private static void csvResponse(jakarta.servlet.http.HttpServletResponse response, String fileName) {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
	}
}
