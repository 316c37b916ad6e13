package id.spbe.agency;

import id.spbe.common.Forms;
import id.spbe.common.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's unit (OPD) pages under an agency (ADMIN only, /admin/**): add, rename, deactivate. */
@Controller
class UnitPageController {

	private final AgencyAdmin admin;
	private final Messages messages;

	UnitPageController(AgencyAdmin admin, Messages messages) {
		this.admin = admin;
		this.messages = messages;
	}

	/** A refused unit comes back to the agency page's unit form with what was typed. */
	@PostMapping("/admin/agencies/{id}/units")
	String add(@PathVariable long id, @ModelAttribute("unitForm") UnitForm form, BindingResult binding,
			RedirectAttributes redirect) {
		try {
			UnitView unit = admin.addUnit(id, form.getName());
			redirect.addFlashAttribute("success", messages.get("agency.unitAdded", unit.name()));
		}
		catch (AgencyRefusedException e) {
			e.rejectOn(binding);
			Forms.keep(redirect, "unitForm", form, binding);
		}
		return "redirect:/admin/agencies/" + id + "#units";
	}

	@GetMapping("/admin/agencies/{id}/units/{unitId}")
	String edit(@PathVariable long id, @PathVariable long unitId, Model model) {
		UnitView unit = unit(id, unitId);
		Forms.fresh(model, "unitForm", () -> UnitForm.of(unit));
		return page(id, unit, model);
	}

	@PostMapping("/admin/agencies/{id}/units/{unitId}")
	String rename(@PathVariable long id, @PathVariable long unitId, @ModelAttribute("unitForm") UnitForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			UnitView unit = admin.renameUnit(id, unitId, form.getName());
			redirect.addFlashAttribute("success", messages.get("agency.unitSaved", unit.name()));
			return "redirect:/admin/agencies/" + id + "#units";
		}
		catch (AgencyRefusedException e) {
			e.rejectOn(binding);
			return page(id, unit(id, unitId), model);
		}
	}

	@PostMapping("/admin/agencies/{id}/units/{unitId}/deactivate")
	String deactivate(@PathVariable long id, @PathVariable long unitId, RedirectAttributes redirect) {
		UnitView unit = admin.setUnitActive(id, unitId, false);
		redirect.addFlashAttribute("success", messages.get("agency.unitDeactivated", unit.name()));
		return "redirect:/admin/agencies/" + id + "#units";
	}

	@PostMapping("/admin/agencies/{id}/units/{unitId}/reactivate")
	String reactivate(@PathVariable long id, @PathVariable long unitId, RedirectAttributes redirect) {
		UnitView unit = admin.setUnitActive(id, unitId, true);
		redirect.addFlashAttribute("success", messages.get("agency.unitReactivated", unit.name()));
		return "redirect:/admin/agencies/" + id + "#units";
	}

	private UnitView unit(long id, long unitId) {
		return admin.units(id).stream().filter(u -> u.id() == unitId).findFirst()
				.orElseThrow(() -> new id.spbe.common.NotFoundException("unit " + unitId + " of agency " + id));
	}

	private String page(long id, UnitView unit, Model model) {
		model.addAttribute("agency", admin.get(id));
		model.addAttribute("unit", unit);
		return "admin/unit";
	}
}
