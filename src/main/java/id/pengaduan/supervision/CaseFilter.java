package id.pengaduan.supervision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.ComplaintState;
import jakarta.persistence.criteria.Predicate;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the staff list is asked for: part of a tracking number, a state, a category, an
 * SKPD, only the overdue. Values that name nothing (a state that does not exist) are
 * dropped, so a tampered link shows the unfiltered list, never an error.
 */
record CaseFilter(String number, ComplaintState state, Category category, String skpd, boolean overdue) {

	/** Longer than any tracking number: anything beyond is not one. */
	private static final int MAX_NUMBER = 32;

	static CaseFilter of(String number, String state, String category, String skpd, String overdue) {
		String trimmed = (number != null) ? number.strip().toUpperCase(Locale.ROOT) : "";
		if (trimmed.length() > MAX_NUMBER) {
			trimmed = trimmed.substring(0, MAX_NUMBER);
		}
		return new CaseFilter(trimmed.isEmpty() ? null : trimmed, valueOf(ComplaintState.class, state),
				valueOf(Category.class, category), (skpd != null && !skpd.isBlank()) ? skpd.strip() : null,
				"true".equals(overdue));
	}

	/**
	 * The rows this filter selects, cut to what the scope may see, in the database (the
	 * SKPD staff's query never reads another SKPD's rows).
	 */
	Specification<Complaint> within(Scope scope, Instant now) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!scope.everything()) {
				where.add(scope.skpds().isEmpty() ? cb.disjunction() : root.get("skpd").in(scope.skpds()));
			}
			if (this.number != null) {
				where.add(cb.like(root.get("trackingNumber"), "%" + escape(this.number) + "%", '\\'));
			}
			if (this.state != null) {
				where.add(cb.equal(root.get("state"), this.state));
			}
			if (this.category != null) {
				where.add(cb.equal(root.get("category"), this.category));
			}
			if (this.skpd != null) {
				where.add(cb.equal(root.get("skpd"), this.skpd));
			}
			if (this.overdue) {
				where.add(cb.lessThan(root.get("nextDeadline").get("due"), now));
				where.add(root.get("state").in(SlaFigures.OPEN_STATES));
			}
			if (!Long.class.equals(query.getResultType())) {
				// The nearest deadline first, files without one last (Spring Data's Sort
				// cannot say "nulls last" in a criteria query); the tracking number makes
				// the order total, so no row shows twice or never across pages.
				HibernateCriteriaBuilder hibernate = (HibernateCriteriaBuilder) cb;
				query.orderBy(hibernate.asc(root.get("nextDeadline").get("due"), false),
						cb.asc(root.get("trackingNumber")));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** The list's address for another page, with the same filters. */
	String link(int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/staff/complaints");
		if (this.number != null) {
			uri.queryParam("number", this.number);
		}
		if (this.state != null) {
			uri.queryParam("state", this.state.name());
		}
		if (this.category != null) {
			uri.queryParam("category", this.category.name());
		}
		if (this.skpd != null) {
			uri.queryParam("skpd", this.skpd);
		}
		if (this.overdue) {
			uri.queryParam("overdue", "true");
		}
		if (page > 0) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
		return Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.name().equals(name))
			.findFirst()
			.orElse(null);
	}

}
