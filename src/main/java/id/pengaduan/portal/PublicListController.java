package id.pengaduan.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.identity.Skpd;
import id.pengaduan.identity.Units;
import id.pengaduan.sla.Region;
import id.pengaduan.sla.SlaClock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public list of complaints, as FixMyStreet and LAPOR! publish theirs: filterable by
 * category, SKPD and state through plain query parameters, so every page can be linked
 * and bookmarked. Unknown filter values are ignored rather than refused.
 */
@Controller
class PublicListController {

	private final PublicComplaints complaints;

	private final Units units;

	private final SlaClock sla;

	private final PortalProperties properties;

	PublicListController(PublicComplaints complaints, Units units, SlaClock sla, PortalProperties properties) {
		this.complaints = complaints;
		this.units = units;
		this.sla = sla;
		this.properties = properties;
	}

	@GetMapping("/publik")
	String list(@RequestParam(required = false) String category, @RequestParam(required = false) String skpd,
			@RequestParam(required = false) String state, @RequestParam(defaultValue = "1") String page, Model model) {
		List<Skpd> all = this.units.all();
		Map<String, String> unitNames = all.stream().collect(Collectors.toMap(Skpd::code, Skpd::name));
		PublicComplaints.Filter filter = new PublicComplaints.Filter(
				Arrays.stream(Category.values())
					.filter((value) -> value.name().equals(category))
					.findFirst()
					.orElse(null),
				unitNames.containsKey(skpd) ? skpd : null,
				PublicComplaints.LISTED.stream()
					.filter((value) -> value.name().equals(state))
					.findFirst()
					.orElse(null));
		PublicComplaints.Listing listing = this.complaints.find(filter, pageNumber(page), this.properties.pageSize());
		model.addAttribute("filter", filter);
		model.addAttribute("listing", listing);
		model.addAttribute("categories", Category.values());
		model.addAttribute("units", all);
		model.addAttribute("unitNames", unitNames);
		model.addAttribute("states", PublicComplaints.LISTED.stream().map(ComplaintState::name).toList());
		model.addAttribute("regionNames",
				this.sla.regions().stream().collect(Collectors.toMap(Region::code, Region::name)));
		model.addAttribute("zone", this.sla.zoneOf(null));
		model.addAttribute("previous", (listing.page() > 1) ? link(filter, listing.page() - 1) : null);
		model.addAttribute("next", (listing.page() < listing.pages()) ? link(filter, listing.page() + 1) : null);
		return "portal/public";
	}

	/** The same filter on another page; empty filters stay out of the URL. */
	private static String link(PublicComplaints.Filter filter, int page) {
		return UriComponentsBuilder.fromPath("/publik")
			.queryParamIfPresent("category", Optional.ofNullable(filter.category()))
			.queryParamIfPresent("skpd", Optional.ofNullable(filter.skpd()))
			.queryParamIfPresent("state", Optional.ofNullable(filter.state()))
			.queryParam("page", page)
			.encode()
			.toUriString();
	}

	private static int pageNumber(String page) {
		try {
			return Integer.parseInt(page.strip());
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
