package id.pengaduan.portal;

import java.time.ZoneId;

import id.pengaduan.complaint.Category;
import id.pengaduan.sla.SlaProperties;
import id.pengaduan.sla.SlaStage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what can be complained about, the service pledge with its deadlines
 * (taken from the SLA settings, so the page stays true when they change), and this
 * month's public figures.
 */
@Controller
class HomeController {

	private final PublicStatistics statistics;

	private final SlaProperties sla;

	HomeController(PublicStatistics statistics, SlaProperties sla) {
		this.statistics = statistics;
		this.sla = sla;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("categories", Category.values());
		model.addAttribute("figures", this.statistics.figures(ZoneId.of(this.sla.defaultZone())));
		model.addAttribute("verificationDays", this.sla.daysFor(SlaStage.VERIFICATION));
		model.addAttribute("firstResponseDays", this.sla.daysFor(SlaStage.FIRST_RESPONSE));
		model.addAttribute("feedbackDays", this.sla.daysFor(SlaStage.FEEDBACK));
		model.addAttribute("completionDays", this.sla.daysFor(SlaStage.COMPLETION));
		model.addAttribute("legalResponseDays", this.sla.daysFor(SlaStage.LEGAL_RESPONSE));
		model.addAttribute("legalDecisionDays", this.sla.daysFor(SlaStage.LEGAL_DECISION));
		return "portal/home";
	}

}
