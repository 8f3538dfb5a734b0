package id.pengaduan.notification;

/** Who a message is for: the complainant, or a member of staff. */
enum Audience {

	CITIZEN, STAFF

}
