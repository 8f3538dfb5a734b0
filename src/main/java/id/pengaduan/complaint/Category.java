package id.pengaduan.complaint;

/**
 * What a complaint is about. The routing to an SKPD is not here but in
 * {@code processes/disposition.dmn}, editable without code; labels and help texts are in
 * the bundles under {@code category.<NAME>}.
 */
public enum Category {

	ADMINISTRASI_KEPENDUDUKAN(false), KESEHATAN(false), LAYANAN_RUMAH_SAKIT(false), INFRASTRUKTUR(false),
	PENDIDIKAN(false),
	/**
	 * Pungli and other misconduct are "berkadar pengawasan": the inspectorate may
	 * investigate (domain.md 9.3 #11).
	 */
	PUNGUTAN_LIAR(true), LAINNYA(false);

	private final boolean supervisoryByDefault;

	Category(boolean supervisoryByDefault) {
		this.supervisoryByDefault = supervisoryByDefault;
	}

	public boolean supervisoryByDefault() {
		return this.supervisoryByDefault;
	}

}
