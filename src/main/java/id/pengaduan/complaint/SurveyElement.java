package id.pengaduan.complaint;

/**
 * The nine elements (unsur) of the public satisfaction survey (SKM), in the order of
 * Permenpan RB 14/2017's annex; each is scored 1 (tidak baik) to 4 (sangat baik) and all
 * weigh the same. Labels are {@code skm.element.<name>}.
 */
public enum SurveyElement {

	/** Persyaratan. */
	U1,
	/** Sistem, mekanisme, dan prosedur. */
	U2,
	/** Waktu penyelesaian. */
	U3,
	/** Biaya/tarif. */
	U4,
	/** Produk spesifikasi jenis pelayanan. */
	U5,
	/** Kompetensi pelaksana. */
	U6,
	/** Perilaku pelaksana. */
	U7,
	/** Penanganan pengaduan, saran dan masukan. */
	U8,
	/** Sarana dan prasarana. */
	U9

}
