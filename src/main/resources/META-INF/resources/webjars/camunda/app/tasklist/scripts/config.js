// Our Tasklist (docs/decisions/0018-the-decision-beside-the-task.md): Indonesian first, English for browsers that ask
// for it; the complaint beside each task and the search by tracking number come from our plugin.
export default {
  // The header reads "<vendor> <name>": "Daftar Tugas Pengaduan".
  app: {
    vendor: 'Daftar Tugas',
    name: 'Pengaduan'
  },
  locales: {
    availableLocales: ['id', 'en'],
    fallbackLocale: 'id'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'D MMM YYYY HH.mm',
    normal: 'D MMMM YYYY HH.mm',
    long: 'dddd, D MMMM YYYY HH.mm',
    short: 'D MMMM YYYY'
  },
  // Relative to app/tasklist/: ES modules the Tasklist imports itself (its CSP allows no inline script).
  customScripts: ['pengaduan/plugin.js'],
  // The keyboard help lists these descriptions as they are: Indonesian, like the rest of the Tasklist.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'klaim tugas yang dipilih'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'pindah ke saringan pertama'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'pindah ke tugas pertama dalam daftar'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'pindah ke isian pertama formulir tugas'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'buka dialog mulai proses'
    }
  }
};
