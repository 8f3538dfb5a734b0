package id.pengaduan.sla;

import java.time.ZoneId;

/**
 * A regency or city of the province, with the time zone its deadlines are counted in
 * (WIB, WITA or WIT).
 */
public record Region(String code, String name, ZoneId zone) {
}
