package id.pengaduan.sla;

import java.time.LocalDate;

/**
 * A holiday of one region only, set by its regent or mayor (a regency's anniversary);
 * domain.md 6 and 6.3.
 */
public record RegionalHoliday(String regionCode, LocalDate date, String name) {
}
