package id.pengaduan.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

import id.pengaduan.complaint.SurveyElement;

/**
 * The satisfaction index (IKM) of a unit over a period, as Permenpan RB 14/2017 computes
 * it: each element's mean score (NRR = sum of scores / answers to that element), weighted
 * equally (1/9; the annex prints the weight as 0.111), summed to the IKM on the 1-4 scale
 * and converted x25 to 25-100 (shared/docs/domain.md 5.1 [S32]).
 *
 * <p>
 * Answers from before the nine-element survey (V3 asked U8 only) count in U8's mean and
 * nowhere else; an IKM needs every element answered at least once, otherwise it is null
 * and only the means are shown.
 *
 * @param respondents surveys answered
 * @param tallies answers per element
 * @param index the converted IKM (25.00-100.00, two decimals), null while an element has
 * no answer
 * @param grade the quality grade of {@code index}, null without one
 */
record SatisfactionIndex(long respondents, Map<SurveyElement, Tally> tallies, BigDecimal index, Grade grade) {

	static final SatisfactionIndex NONE = of(0, Map.of());

	SatisfactionIndex {
		tallies = Map.copyOf(tallies);
	}

	static SatisfactionIndex of(long respondents, Map<SurveyElement, Tally> tallies) {
		BigDecimal index = null;
		boolean complete = tallies.keySet().containsAll(EnumSet.allOf(SurveyElement.class))
				&& tallies.values().stream().allMatch((tally) -> tally.answers() > 0);
		if (complete) {
			BigDecimal sum = BigDecimal.ZERO;
			for (Tally tally : tallies.values()) {
				sum = sum.add(tally.mean());
			}
			// IKM = sum of NRR x 1/9; converted = IKM x 25. The grades' bounds have two
			// decimals, so the converted value is rounded to two before it is graded.
			index = sum.multiply(BigDecimal.valueOf(25))
				.divide(BigDecimal.valueOf(SurveyElement.values().length), 2, RoundingMode.HALF_UP);
		}
		return new SatisfactionIndex(respondents, tallies, index, (index != null) ? Grade.of(index) : null);
	}

	/** The element's mean on the 1-4 scale, two decimals; null without answers. */
	public BigDecimal mean(SurveyElement element) {
		Tally tally = this.tallies.get(element);
		return (tally != null && tally.answers() > 0) ? tally.mean().setScale(2, RoundingMode.HALF_UP) : null;
	}

	public boolean isEmpty() {
		return this.respondents == 0;
	}

	SatisfactionIndex plus(SatisfactionIndex other) {
		Map<SurveyElement, Tally> sum = new EnumMap<>(SurveyElement.class);
		sum.putAll(this.tallies);
		other.tallies.forEach((element, tally) -> sum.merge(element, tally, Tally::plus));
		return of(this.respondents + other.respondents, sum);
	}

	/** Sum of the scores given to one element and how many gave one. */
	record Tally(long sum, long answers) {

		BigDecimal mean() {
			return BigDecimal.valueOf(this.sum).divide(BigDecimal.valueOf(this.answers), 10, RoundingMode.HALF_UP);
		}

		Tally plus(Tally other) {
			return new Tally(this.sum + other.sum, this.answers + other.answers);
		}

	}

	/**
	 * Quality of service by the converted IKM, Permenpan RB 14/2017 (domain.md 5.1): A
	 * 88.31-100 sangat baik, B 76.61-88.30 baik, C 65.00-76.60 kurang baik, D 25.00-64.99
	 * tidak baik. Labels are {@code dashboard.skm.grade.<name>}. Not the PEKPPP or
	 * Ombudsman grades of the same letters (domain.md 5.4).
	 */
	enum Grade {

		A(new BigDecimal("88.31")), B(new BigDecimal("76.61")), C(new BigDecimal("65.00")), D(BigDecimal.ZERO);

		private final BigDecimal from;

		Grade(BigDecimal from) {
			this.from = from;
		}

		static Grade of(BigDecimal converted) {
			for (Grade grade : values()) {
				if (converted.compareTo(grade.from) >= 0) {
					return grade;
				}
			}
			return D;
		}

	}

}
