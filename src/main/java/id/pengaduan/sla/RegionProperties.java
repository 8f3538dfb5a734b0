package id.pengaduan.sla;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The regions complaints can come from, under {@code pengaduan.regions}. */
@ConfigurationProperties("pengaduan")
record RegionProperties(List<Entry> regions) {

	RegionProperties {
		regions = (regions != null) ? regions : List.of();
	}

	record Entry(String code, String name, String zone) {
	}

}
