package id.pengaduan.complaint;

/** How a complaint arrived (domain.md section 3.6). */
public enum Channel {

	WEB, API, WALK_IN, LETTER, PHONE, WHATSAPP, EMAIL, SMS_1708, SP4N

}
