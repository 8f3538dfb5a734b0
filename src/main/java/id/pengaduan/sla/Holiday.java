package id.pengaduan.sla;

import java.time.LocalDate;

/**
 * A national holiday or a cuti bersama day from the SKB 3 Menteri, or (in a region's
 * calendar) a regional holiday.
 */
public record Holiday(LocalDate date, Kind kind, String name) {

	public enum Kind {

		NATIONAL, COLLECTIVE_LEAVE, REGIONAL

	}

}
