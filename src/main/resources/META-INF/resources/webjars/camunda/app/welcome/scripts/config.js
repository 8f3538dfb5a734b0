// The Welcome page in Indonesian first, like the Tasklist (docs/decisions/0018-the-decision-beside-the-task.md).
export default {
  // The header reads "<vendor> <name>": "Beranda Pengaduan".
  app: {
    vendor: 'Beranda',
    name: 'Pengaduan'
  },
  locales: {
    availableLocales: ['id', 'en'],
    fallbackLocale: 'id'
  }
};
