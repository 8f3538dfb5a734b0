package id.pengaduan.workflow;

import java.util.Locale;

import id.pengaduan.identity.Skpd;
import id.pengaduan.identity.Units;
import id.pengaduan.sla.Region;
import id.pengaduan.sla.SlaClock;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The human names of the codes the process carries (category, region, SKPD), so task
 * names and Tasklist columns read "Dinas Kesehatan", not {@code dinkes}. In Indonesian:
 * the engine holds one language, and its readers are Indonesian staff. None of them is
 * personal data (docs/decisions/0002).
 */
@Component
class ComplaintLabels {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final MessageSource messages;

	private final SlaClock sla;

	private final Units units;

	ComplaintLabels(MessageSource messages, SlaClock sla, Units units) {
		this.messages = messages;
		this.sla = sla;
		this.units = units;
	}

	/** The category's label from the bundles; the code itself when it has none. */
	String category(String code) {
		if (code == null) {
			return "";
		}
		return this.messages.getMessage("category." + code, null, code, INDONESIAN);
	}

	/** The region's name from {@code pengaduan.regions}; the code when unknown. */
	String region(String code) {
		if (code == null) {
			return "";
		}
		return this.sla.region(code).map(Region::name).orElse(code);
	}

	/**
	 * The SKPD's name from the registry (Camunda's SKPD groups); the code when unknown.
	 */
	String skpd(String code) {
		if (code == null) {
			return "";
		}
		return this.units.find(code).map(Skpd::name).orElse(code);
	}

}
