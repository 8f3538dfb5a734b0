package id.pengaduan.complaint;

import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys and periods for the complainant's personal data, under
 * {@code pengaduan.personal-data} (docs/decisions/0011).
 *
 * @param keys the keys that encrypt name, NIK, phone and email at rest, each
 * {@code <id>:<base64 of 32 bytes>}, newest first: the first encrypts, all decrypt
 * @param accessCodeSecret base64 of at least 32 bytes: the HMAC key of the stored access
 * codes
 * @param retention how long after a complaint was closed its complainant's identity is
 * kept (ADR 0001: 5 years)
 */
@ConfigurationProperties("pengaduan.personal-data")
record PersonalDataProperties(List<String> keys, String accessCodeSecret, @DefaultValue("P5Y") Period retention) {

	PersonalDataProperties {
		// An environment variable the postgres profile names but nobody set stays
		// "${...}".
		keys = (keys != null)
				? keys.stream().map(String::strip).filter((key) -> !key.isEmpty() && !key.startsWith("${")).toList()
				: List.of();
		if (accessCodeSecret != null && (accessCodeSecret.isBlank() || accessCodeSecret.startsWith("${"))) {
			accessCodeSecret = null;
		}
	}

	@Override
	public String toString() {
		return "PersonalDataProperties[keys=%d, accessCodeSecret=***, retention=%s]".formatted(this.keys.size(),
				this.retention);
	}

}
