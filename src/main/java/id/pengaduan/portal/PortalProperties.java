package id.pengaduan.portal;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the citizen portal, under {@code pengaduan.portal}.
 *
 * @param challengeSecret key that signs the form's arithmetic question; generated at
 * start when not set, so set the same value on every node of a cluster
 * @param attachmentMaxSize largest attached file
 * @param attachmentMaxCount most files per complaint
 * @param attachmentMaxPixels most pixels of an attached picture: a phone's 12 to 50
 * megapixel photo passes, a decompression bomb does not (decoding needs 4 bytes a pixel)
 * @param pageSize rows per page of the public list
 */
@ConfigurationProperties("pengaduan.portal")
record PortalProperties(String challengeSecret, @DefaultValue("5MB") DataSize attachmentMaxSize,
		@DefaultValue("3") int attachmentMaxCount, @DefaultValue("10") int pageSize,
		@DefaultValue("50000000") long attachmentMaxPixels) {

	PortalProperties {
		if (challengeSecret == null || challengeSecret.isBlank()) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			challengeSecret = Base64.getEncoder().encodeToString(random);
		}
	}

	@Override
	public String toString() {
		return "PortalProperties[challengeSecret=***, attachmentMaxSize=%s, attachmentMaxCount=%d]"
			.formatted(this.attachmentMaxSize, this.attachmentMaxCount);
	}

}
