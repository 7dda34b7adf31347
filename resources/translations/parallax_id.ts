<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>Pintasan &amp;Keyboard…</translation>
    </message>
    <message>
        <source>Every action of the window with its keys, searchable</source>
        <translation>Semua tindakan jendela beserta tombolnya, dapat dicari</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>Proyek &amp;Baru…</translation>
    </message>
    <message>
        <source>Create an empty project file and open it in place of this one</source>
        <translation>Buat berkas proyek kosong dan buka sebagai pengganti proyek ini</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>B&amp;uka Proyek…</translation>
    </message>
    <message>
        <source>Open another project file in place of this one</source>
        <translation>Buka berkas proyek lain sebagai pengganti proyek ini</translation>
    </message>
    <message>
        <source>Open &amp;Shared Project…</source>
        <translation>Buka Proyek Ber&amp;sama…</translation>
    </message>
    <message>
        <source>Open a project shared on a PostgreSQL server in place of this one; other coders can edit it at the same time</source>
        <translation>Buka proyek yang dibagikan di server PostgreSQL sebagai ganti proyek ini; pengode lain dapat menyuntingnya pada saat yang sama</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>&amp;Impor Dokumen…</translation>
    </message>
    <message>
        <source>Add text, Markdown, web page, Word or PDF files to the project</source>
        <translation>Tambahkan berkas teks, Markdown, halaman web, Word, atau PDF ke proyek</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Impor &amp;Folder…</translation>
    </message>
    <message>
        <source>Add every document in a folder and its subfolders to the project</source>
        <translation>Tambahkan semua dokumen dalam sebuah folder beserta subfoldernya ke proyek</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>Impor &amp;Anotasi…</translation>
    </message>
    <message>
        <source>Merge annotations from W3C or project JSON, REFI-QDA, doccano, Label Studio or brat files, after a preview of what changes</source>
        <translation>Gabungkan anotasi dari berkas W3C JSON atau JSON proyek, REFI-QDA, doccano, Label Studio, atau brat, setelah pratinjau perubahannya</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>&amp;Ekspor Anotasi…</translation>
    </message>
    <message>
        <source>Write the annotations as W3C JSON, project JSON, REFI-QDA, coded segments, doccano, Label Studio or brat</source>
        <translation>Tulis anotasi sebagai W3C JSON, JSON proyek, REFI-QDA, segmen berkode, doccano, Label Studio, atau brat</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>&amp;Pulihkan dari Cadangan…</translation>
    </message>
    <message>
        <source>Put an automatic backup in place of the project; the current state is backed up first</source>
        <translation>Ganti proyek dengan cadangan otomatis; keadaan saat ini dicadangkan terlebih dahulu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Close Parallax</source>
        <translation>Tutup Parallax</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Hapus Anotasi</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>Hapus anotasi yang dipilih</translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation>Sunting &amp;Catatan</translation>
    </message>
    <message>
        <source>Write a note on the selected annotation</source>
        <translation>Tulis catatan pada anotasi yang dipilih</translation>
    </message>
    <message>
        <source>Tag Selection &amp;As…</source>
        <translation>Tandai Pilihan &amp;Sebagai…</translation>
    </message>
    <message>
        <source>Find tags by typing part of a name or alias and apply them to the selection</source>
        <translation>Temukan tag dengan mengetik sebagian nama atau alias, lalu terapkan pada pilihan</translation>
    </message>
    <message>
        <source>&amp;New Tag…</source>
        <translation>Tag &amp;Baru…</translation>
    </message>
    <message>
        <source>Add a tag to the codebook</source>
        <translation>Tambahkan tag ke buku kode</translation>
    </message>
    <message>
        <source>&amp;Search All Documents…</source>
        <translation>Cari di &amp;Semua Dokumen…</translation>
    </message>
    <message>
        <source>Find words and phrases in every document and note, ignoring case and accents</source>
        <translation>Cari kata dan frasa di semua dokumen dan catatan, tanpa membedakan huruf besar/kecil dan diakritik</translation>
    </message>
    <message>
        <source>Document &amp;Properties…</source>
        <translation>Properti &amp;Dokumen…</translation>
    </message>
    <message>
        <source>Edit the title, language, outlet, URL, author and date of the current document</source>
        <translation>Sunting judul, bahasa, media, URL, penulis, dan tanggal dokumen saat ini</translation>
    </message>
    <message>
        <source>Delete Doc&amp;ument…</source>
        <translation>&amp;Hapus Dokumen…</translation>
    </message>
    <message>
        <source>Remove the current document and its annotations from the project (undoable)</source>
        <translation>Hapus dokumen saat ini beserta anotasinya dari proyek (dapat diurungkan)</translation>
    </message>
    <message>
        <source>Replace Document &amp;Text from File…</source>
        <translation>&amp;Ganti Teks Dokumen dari Berkas…</translation>
    </message>
    <message>
        <source>Replace the current document&apos;s text with a new version from a file; its annotations follow their passages, and any that cannot be found are kept as orphans to review</source>
        <translation>Ganti teks dokumen saat ini dengan versi baru dari sebuah berkas; anotasinya mengikuti bagian teksnya, dan yang tidak dapat ditemukan disimpan sebagai anotasi yatim untuk ditinjau</translation>
    </message>
    <message>
        <source>Review &amp;Orphaned Annotations…</source>
        <translation>Tinjau Anotasi &amp;Yatim…</translation>
    </message>
    <message>
        <source>List the annotations whose passage a replaced text no longer holds, to place or delete them</source>
        <translation>Tampilkan anotasi yang bagian teksnya tidak lagi ada dalam teks pengganti, untuk ditempatkan atau dihapus</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <source>Your name as coder and how selections behave</source>
        <translation>Nama Anda sebagai pengode dan perilaku pilihan</translation>
    </message>
    <message>
        <source>&amp;Check Project…</source>
        <translation>&amp;Periksa Proyek…</translation>
    </message>
    <message>
        <source>Check the project file&apos;s pages and references, every annotation&apos;s offsets, orphaned annotations, the search index and the backups</source>
        <translation>Periksa halaman dan referensi berkas proyek, offset setiap anotasi, anotasi yatim, indeks pencarian, dan cadangan</translation>
    </message>
    <message>
        <source>&amp;Agreement Between Coders…</source>
        <translation>&amp;Kesepakatan Antarpengode…</translation>
    </message>
    <message>
        <source>Compare coders&apos; annotations: percent agreement, Cohen&apos;s κ and Krippendorff&apos;s α per tag, and their disagreements side by side</source>
        <translation>Bandingkan anotasi para pengode: persentase kesepakatan, κ Cohen, dan α Krippendorff per tag, serta ketidaksepakatan mereka secara berdampingan</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>&amp;Tentang Parallax</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versi dan lisensi</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>Agreement Between Coders</source>
        <translation>Kesepakatan Antarpengode</translation>
    </message>
    <message>
        <source>Co&amp;mpute</source>
        <translation>&amp;Hitung</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Karakter</translation>
    </message>
    <message>
        <source>Passages (a match overlaps by half or more)</source>
        <translation>Bagian teks (cocok bila tumpang tindih setengah atau lebih)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>T&amp;ingkat:</translation>
    </message>
    <message>
        <source>Choose, then compute.</source>
        <translation>Pilih, lalu hitung.</translation>
    </message>
    <message>
        <source>Agreement per tag</source>
        <translation>Kesepakatan per tag</translation>
    </message>
    <message>
        <source>A&amp;greement per tag:</source>
        <translation>&amp;Kesepakatan per tag:</translation>
    </message>
    <message>
        <source>Pairs of coders</source>
        <translation>Pasangan pengode</translation>
    </message>
    <message>
        <source>&amp;Pairs of coders, all tags:</source>
        <translation>&amp;Pasangan pengode, semua tag:</translation>
    </message>
    <message>
        <source>Show the disagreements between</source>
        <translation>Tampilkan ketidaksepakatan antara</translation>
    </message>
    <message>
        <source>Bet&amp;ween:</source>
        <translation>An&amp;tara:</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Ketidaksepakatan</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the passage</source>
        <translation>Klik dua kali atau tekan Enter untuk menampilkan bagian teks</translation>
    </message>
    <message>
        <source>Di&amp;sagreements:</source>
        <translation>Ketidak&amp;sepakatan:</translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation>&amp;Ekspor Tabel sebagai CSV…</translation>
    </message>
    <message>
        <source>The project has changed since these figures were computed: compute again to update them.</source>
        <translation>Proyek telah berubah sejak angka-angka ini dihitung: hitung ulang untuk memperbaruinya.</translation>
    </message>
    <message>
        <source>Comparing the coders&apos; annotations…</source>
        <translation>Membandingkan anotasi para pengode…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was computed.</source>
        <translation>Dibatalkan: tidak ada yang dihitung.</translation>
    </message>
    <message>
        <source>Could not compute: {reason}</source>
        <translation>Tidak dapat menghitung: {reason}</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Semua pengode</translation>
    </message>
    <message>
        <source>{n} disagreement on passages.</source>
        <translation>{n} ketidaksepakatan pada bagian teks.</translation>
    </message>
    <message>
        <source>{n} disagreements on passages.</source>
        <translation>{n} ketidaksepakatan pada bagian teks.</translation>
    </message>
    <message>
        <source>In {n} case a coder made no annotation in a chosen document: that coder is left out there.</source>
        <translation>Dalam {n} kasus, seorang pengode tidak membuat anotasi di dokumen yang dipilih: pengode itu tidak diikutkan di sana.</translation>
    </message>
    <message>
        <source>In {n} cases a coder made no annotation in a chosen document: that coder is left out there.</source>
        <translation>Dalam {n} kasus, seorang pengode tidak membuat anotasi di dokumen yang dipilih: pengode itu tidak diikutkan di sana.</translation>
    </message>
    <message>
        <source>&amp;Pairs of coders on “{tag}”:</source>
        <translation>&amp;Pasangan pengode untuk “{tag}”:</translation>
    </message>
    <message>
        <source>Di&amp;sagreements, all tags ({n}):</source>
        <translation>Ketidak&amp;sepakatan, semua tag ({n}):</translation>
    </message>
    <message>
        <source>Di&amp;sagreements on “{tag}” ({n}):</source>
        <translation>Ketidak&amp;sepakatan pada “{tag}” ({n}):</translation>
    </message>
    <message>
        <source>Least in step: {coder} (mean agreement with the others {percent} %).</source>
        <translation>Paling tidak sejalan: {coder} (rata-rata kesepakatan dengan yang lain {percent} %).</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Ekspor Tabel sebagai CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported the table to {path}.</source>
        <translation>Tabel diekspor ke {path}.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>C&amp;oders (at least two):</source>
        <translation>&amp;Pengode (minimal dua):</translation>
    </message>
    <message>
        <source>Coders to compare</source>
        <translation>Pengode yang dibandingkan</translation>
    </message>
    <message>
        <source>All &amp;documents</source>
        <translation>Semua &amp;dokumen</translation>
    </message>
    <message>
        <source>Only the &amp;checked documents:</source>
        <translation>Hanya dokumen yang di&amp;centang:</translation>
    </message>
    <message>
        <source>Documents to compare</source>
        <translation>Dokumen yang dibandingkan</translation>
    </message>
    <message>
        <source>All &amp;tags</source>
        <translation>Semua &amp;tag</translation>
    </message>
    <message>
        <source>Only the chec&amp;ked tags:</source>
        <translation>Hanya tag yang dice&amp;ntang:</translation>
    </message>
    <message>
        <source>Tags to compare</source>
        <translation>Tag yang dibandingkan</translation>
    </message>
    <message>
        <source>{coder} ({n} annotation)</source>
        <translation>{coder} ({n} anotasi)</translation>
    </message>
    <message>
        <source>{coder} ({n} annotations)</source>
        <translation>{coder} ({n} anotasi)</translation>
    </message>
    <message>
        <source>Check at least two coders: agreement is measured between coders.</source>
        <translation>Centang setidaknya dua pengode: kesepakatan diukur antarpengode.</translation>
    </message>
    <message>
        <source>Check at least one document.</source>
        <translation>Centang setidaknya satu dokumen.</translation>
    </message>
    <message>
        <source>Check at least one tag.</source>
        <translation>Centang setidaknya satu tag.</translation>
    </message>
    <message>
        <source>{coders}, {documents}, {tags}</source>
        <translation>{coders}, {documents}, {tags}</translation>
    </message>
    <message>
        <source>{n} coder</source>
        <translation>{n} pengode</translation>
    </message>
    <message>
        <source>{n} coders</source>
        <translation>{n} pengode</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} dokumen</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} dokumen</translation>
    </message>
    <message>
        <source>{n} tag</source>
        <translation>{n} tag</translation>
    </message>
    <message>
        <source>{n} tags</source>
        <translation>{n} tag</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>(did not code this document)</source>
        <translation>(tidak mengode dokumen ini)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>{passage} (other tags)</source>
        <translation>{passage} (tag lain)</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Semua tag</translation>
    </message>
    <message>
        <source>{first} – {second}</source>
        <translation>{first} – {second}</translation>
    </message>
    <message>
        <source>Pair of coders</source>
        <translation>Pasangan pengode</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Agreement %</source>
        <translation>Kesepakatan %</translation>
    </message>
    <message>
        <source>Two of the chosen coders, compared alone on the same units as all of them</source>
        <translation>Dua dari pengode yang dipilih, dibandingkan berdua saja pada unit yang sama dengan semuanya</translation>
    </message>
    <message>
        <source>Units both coders of the pair coded (in documents both coded)</source>
        <translation>Unit yang dikode oleh kedua pengode pasangan itu (dalam dokumen yang dikode keduanya)</translation>
    </message>
    <message>
        <source>Passages these two coders disagree on; choose the pair to list them below</source>
        <translation>Bagian teks yang tidak disepakati kedua pengode ini; pilih pasangan itu untuk mendaftarnya di bawah</translation>
    </message>
    <message>
        <source>These two coders never coded the same document here: there is nothing to compare.</source>
        <translation>Kedua pengode ini tidak pernah mengode dokumen yang sama di sini: tidak ada yang dapat dibandingkan.</translation>
    </message>
    <message>
        <source>Specific agreement %</source>
        <translation>Kesepakatan spesifik %</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ Cohen</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α Krippendorff</translation>
    </message>
    <message>
        <source>What was compared: characters, or passages matched across coders (a match overlaps by at least half of the longer passage), coded by two coders or more</source>
        <translation>Apa yang dibandingkan: karakter, atau bagian teks yang dicocokkan antarpengode (cocok bila tumpang tindih setidaknya setengah dari bagian teks yang lebih panjang), yang dikode oleh dua pengode atau lebih</translation>
    </message>
    <message>
        <source>How often two coders gave the same value</source>
        <translation>Seberapa sering dua pengode memberi nilai yang sama</translation>
    </message>
    <message>
        <source>How often a coder who gave the tag was matched by another coder (ignores what nobody tagged)</source>
        <translation>Seberapa sering tag yang diberikan seorang pengode juga diberikan oleh pengode lain (mengabaikan yang tidak diberi tag oleh siapa pun)</translation>
    </message>
    <message>
        <source>Agreement beyond chance between two coders</source>
        <translation>Kesepakatan di luar faktor kebetulan antara dua pengode</translation>
    </message>
    <message>
        <source>Agreement beyond chance, any number of coders (nominal)</source>
        <translation>Kesepakatan di luar faktor kebetulan, berapa pun jumlah pengodenya (nominal)</translation>
    </message>
    <message>
        <source>Passages the coders disagree on, listed below the table</source>
        <translation>Bagian teks yang tidak disepakati para pengode, tercantum di bawah tabel</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ compares exactly two coders; Krippendorff&apos;s α takes any number.</source>
        <translation>κ Cohen membandingkan tepat dua pengode; α Krippendorff menerima berapa pun jumlahnya.</translation>
    </message>
    <message>
        <source>Nothing was coded by two coders or more here: there is nothing to compare.</source>
        <translation>Tidak ada yang dikode oleh dua pengode atau lebih di sini: tidak ada yang dapat dibandingkan.</translation>
    </message>
    <message>
        <source>No coder gave this tag where another coder also coded: there is nothing to measure.</source>
        <translation>Tidak ada pengode yang memberi tag ini di tempat yang juga dikode oleh pengode lain: tidak ada yang dapat diukur.</translation>
    </message>
    <message>
        <source>The coders gave the same value throughout: agreement cannot be told from chance, so this figure is undefined.</source>
        <translation>Para pengode memberi nilai yang sama di seluruh bagian: kesepakatan tidak dapat dibedakan dari kebetulan, sehingga angka ini tidak terdefinisi.</translation>
    </message>
</context>
<context>
    <name>AnnotationInspector</name>
    <message>
        <source>Tags of the annotation</source>
        <translation>Tag anotasi</translation>
    </message>
    <message>
        <source>&amp;Remove tag</source>
        <translation>&amp;Lepas tag</translation>
    </message>
    <message>
        <source>&amp;Add tag…</source>
        <translation>T&amp;ambah tag…</translation>
    </message>
    <message>
        <source>Add a note… (saved as you type)</source>
        <translation>Tambahkan catatan… (tersimpan saat Anda mengetik)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>&amp;Hapus anotasi</translation>
    </message>
    <message>
        <source>Use Selection</source>
        <translation>Gunakan Pilihan</translation>
    </message>
    <message>
        <source>Make the passage what is now selected in its pane</source>
        <translation>Jadikan bagian teks sesuai yang sedang dipilih di panelnya</translation>
    </message>
    <message>
        <source>Whole Words</source>
        <translation>Kata Utuh</translation>
    </message>
    <message>
        <source>Widen the passage to whole words</source>
        <translation>Perluas bagian teks hingga mencakup kata utuh</translation>
    </message>
    <message>
        <source>Whole Sentence</source>
        <translation>Kalimat Utuh</translation>
    </message>
    <message>
        <source>Widen the passage to its whole sentence(s)</source>
        <translation>Perluas bagian teks hingga mencakup kalimat utuhnya</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>Bagian teks:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Dokumen:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>Coder:</source>
        <translation>Pengode:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an annotation to see it here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Pilih anotasi untuk melihatnya di sini.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{title} — ⚠ orphaned: not found when its text was replaced</source>
        <translation>{title} — ⚠ yatim: tidak ditemukan saat teksnya diganti</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>created {created}, changed {updated}</source>
        <translation>dibuat {created}, diubah {updated}</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Menyunting…</translation>
    </message>
    <message>
        <source>Not saved — it will be tried again when you leave the note</source>
        <translation>Belum tersimpan — akan dicoba lagi saat Anda meninggalkan catatan</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Bagian teks</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Pengode</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Tanpa tag</translation>
    </message>
    <message>
        <source>Orphaned (not found when its text was replaced): {quote}</source>
        <translation>Yatim (tidak ditemukan saat teksnya diganti): {quote}</translation>
    </message>
</context>
<context>
    <name>AnnotationsDock</name>
    <message>
        <source>Annotations</source>
        <translation>Anotasi</translation>
    </message>
    <message>
        <source>Filter annotations by passage, tag, note…</source>
        <translation>Saring anotasi menurut bagian teks, tag, catatan…</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>Saring anotasi</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistem</translation>
    </message>
    <message>
        <source>Light or dark, as the system is set (and when it changes)</source>
        <translation>Terang atau gelap, mengikuti pengaturan sistem (juga saat pengaturan itu berubah)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Terang</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Teks gelap di atas latar terang</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Gelap</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Teks terang di atas latar gelap</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>Penampi&amp;lan</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>The automatic backup failed: {error}</source>
        <translation>Pencadangan otomatis gagal: {error}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>not a Parallax project</source>
        <translation>bukan proyek Parallax</translation>
    </message>
    <message>
        <source>Cannot make the backup folder {folder}: {reason}.</source>
        <translation>Tidak dapat membuat folder cadangan {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The backup written to {folder} failed its check ({reason}).</source>
        <translation>Cadangan yang ditulis ke {folder} gagal dalam pemeriksaan ({reason}).</translation>
    </message>
    <message>
        <source>Could not back up {path} to {folder}: {reason}.</source>
        <translation>Tidak dapat mencadangkan {path} ke {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The backup was skipped: it needs {size} and would leave less than {reserve} free on the disk holding {folder} ({free} free now). Free some space.</source>
        <translation>Pencadangan dilewati: cadangan memerlukan {size} dan akan menyisakan kurang dari {reserve} ruang kosong pada disk tempat {folder} berada (kini tersisa {free}). Kosongkan sebagian ruang.</translation>
    </message>
    <message>
        <source>{path} is read-only: nothing can be restored into it.</source>
        <translation>{path} hanya-baca: tidak ada yang dapat dipulihkan ke dalamnya.</translation>
    </message>
    <message>
        <source>Restoring the backup of {when} failed ({reason}); the state before it is in the backup {backup}.</source>
        <translation>Pemulihan cadangan dari {when} gagal ({reason}); keadaan sebelumnya tersimpan dalam cadangan {backup}.</translation>
    </message>
    <message>
        <source>The restored project failed its check ({reason}); the state before it is in the backup {backup}.</source>
        <translation>Proyek yang dipulihkan gagal dalam pemeriksaan ({reason}); keadaan sebelumnya tersimpan dalam cadangan {backup}.</translation>
    </message>
    <message>
        <source>The backup of {when} is damaged ({reason}); nothing was changed.</source>
        <translation>Cadangan dari {when} rusak ({reason}); tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup of {when} cannot be read: {reason}.</source>
        <translation>Cadangan dari {when} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <source>The backup of {when} cannot be used: {reason}</source>
        <translation>Cadangan dari {when} tidak dapat digunakan: {reason}</translation>
    </message>
    <message>
        <source>{path} needs upgrading for this version of Parallax, but the backup made first failed: {reason} The project was left as it was.</source>
        <translation>{path} perlu diperbarui untuk versi Parallax ini, tetapi cadangan yang dibuat terlebih dahulu gagal: {reason} Proyek dibiarkan seperti semula.</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>{value} %</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>{n} passage</source>
        <translation>{n} bagian teks</translation>
    </message>
    <message>
        <source>{n} passages</source>
        <translation>{n} bagian teks</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation>Grafik: {title}</translation>
    </message>
    <message>
        <source>Made with Parallax</source>
        <translation>Dibuat dengan Parallax</translation>
    </message>
    <message>
        <source>The chart could not be drawn into the file.</source>
        <translation>Grafik tidak dapat digambar ke dalam berkas.</translation>
    </message>
    <message>
        <source>{percent} % of characters</source>
        <translation>{percent}% karakter</translation>
    </message>
</context>
<context>
    <name>ChartSeries</name>
    <message>
        <source>Showing the first {shown} of {total} documents.</source>
        <translation>Menampilkan {shown} dokumen pertama dari {total}.</translation>
    </message>
    <message>
        <source>Showing the {shown} most used of {total} tags.</source>
        <translation>Menampilkan {shown} tag yang paling sering digunakan dari {total} tag.</translation>
    </message>
    <message>
        <source>Tag frequency per document</source>
        <translation>Frekuensi tag per dokumen</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Bagian teks</translation>
    </message>
    <message>
        <source>Coverage per kind</source>
        <translation>Cakupan per jenis</translation>
    </message>
    <message>
        <source>% of characters covered</source>
        <translation>% karakter tercakup</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>Tag frequency per document</source>
        <translation>Frekuensi tag per dokumen</translation>
    </message>
    <message>
        <source>Coverage per kind</source>
        <translation>Cakupan per jenis</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Chart shown</source>
        <translation>Grafik yang ditampilkan</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Simpan PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Simpan SVG…</translation>
    </message>
    <message>
        <source>No documents open: all documents are shown.</source>
        <translation>Tidak ada dokumen terbuka: semua dokumen ditampilkan.</translation>
    </message>
    <message>
        <source>{kind} passages in {document}</source>
        <translation>Bagian teks {kind} di {document}</translation>
    </message>
    <message>
        <source>“{tag}” in {document}</source>
        <translation>“{tag}” di {document}</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Gambar SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart as {format}</source>
        <translation>Simpan Grafik sebagai {format}</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>A tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>{what} needs a name that is not empty or only spaces.</source>
        <translation>{what} memerlukan nama yang tidak kosong dan bukan hanya spasi.</translation>
    </message>
    <message>
        <source>{colour} is not a colour; use the form #RRGGBB, e.g. #E41A1C.</source>
        <translation>{colour} bukan warna; gunakan bentuk #RRGGBB, misalnya #E41A1C.</translation>
    </message>
    <message>
        <source>An alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>“{alias}” is listed twice as an alias.</source>
        <translation>“{alias}” tercantum dua kali sebagai alias.</translation>
    </message>
    <message>
        <source>That tag no longer exists.</source>
        <translation>Tag itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>The key {shortcut} already tags “{name}”.</source>
        <translation>Tombol {shortcut} sudah dipakai untuk tag “{name}”.</translation>
    </message>
    <message>
        <source>A tag cannot be placed inside itself or its own sub-tags.</source>
        <translation>Tag tidak dapat ditempatkan di dalam dirinya sendiri atau sub-tagnya.</translation>
    </message>
    <message>
        <source>The chosen parent tag no longer exists.</source>
        <translation>Tag induk yang dipilih sudah tidak ada.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>Tag tidak dapat digabungkan ke dirinya sendiri.</translation>
    </message>
</context>
<context>
    <name>CodebookCommands</name>
    <message>
        <source>Create tag “{name}”</source>
        <translation>Buat tag “{name}”</translation>
    </message>
    <message>
        <source>Change tag “{name}”</source>
        <translation>Ubah tag “{name}”</translation>
    </message>
    <message>
        <source>Move tag “{name}”</source>
        <translation>Pindahkan tag “{name}”</translation>
    </message>
    <message>
        <source>Delete tag “{name}”</source>
        <translation>Hapus tag “{name}”</translation>
    </message>
    <message>
        <source>Merge “{source}” into “{target}”</source>
        <translation>Gabungkan “{source}” ke “{target}”</translation>
    </message>
</context>
<context>
    <name>CodebookDock</name>
    <message>
        <source>Codebook</source>
        <translation>Buku Kode</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Baru…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sunting…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Gabungkan…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Create a tag (in the kind of the selected row)</source>
        <translation>Buat tag (dengan jenis baris yang dipilih)</translation>
    </message>
    <message>
        <source>Rename, recolour, re-key or describe the selected tag</source>
        <translation>Ganti nama, warna, tombol, atau deskripsi tag yang dipilih</translation>
    </message>
    <message>
        <source>Merge the selected tag into another of its kind</source>
        <translation>Gabungkan tag yang dipilih ke tag lain dengan jenis yang sama</translation>
    </message>
    <message>
        <source>Delete the selected tag (asks when it is in use)</source>
        <translation>Hapus tag yang dipilih (meminta konfirmasi bila sedang digunakan)</translation>
    </message>
    <message>
        <source>Select a passage, then click a tag or press its key. Untick a tag or kind to hide its highlights.</source>
        <translation>Pilih bagian teks, lalu klik tag atau tekan tombolnya. Hapus centang tag atau jenis untuk menyembunyikan sorotannya.</translation>
    </message>
    <message>
        <source>⚠ {n} tag is hidden in the reader: their passages are not highlighted.</source>
        <translation>⚠ {n} tag disembunyikan di tampilan baca: bagian teksnya tidak disorot.</translation>
    </message>
    <message>
        <source>⚠ {n} tags are hidden in the reader: their passages are not highlighted.</source>
        <translation>⚠ {n} tag disembunyikan di tampilan baca: bagian teksnya tidak disorot.</translation>
    </message>
    <message>
        <source>&amp;Apply to Selection</source>
        <translation>&amp;Terapkan ke Pilihan</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Baru…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sunting…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Gabungkan…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
</context>
<context>
    <name>CodebookFlows</name>
    <message>
        <source>{n} annotation</source>
        <translation>{n} anotasi</translation>
    </message>
    <message>
        <source>{n} annotations</source>
        <translation>{n} anotasi</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Hapus Tag</translation>
    </message>
    <message>
        <source>“{name}” is used by {uses}. Deleting it removes it from them (the annotations themselves stay). You can undo this.</source>
        <translation>“{name}” digunakan oleh {uses}. Menghapusnya akan melepas tag ini dari anotasi tersebut (anotasinya sendiri tetap ada). Anda dapat mengurungkan tindakan ini.</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>Gabungkan Tag</translation>
    </message>
    <message>
        <source>There is no other {kind} tag.</source>
        <translation>Tidak ada tag {kind} lain.</translation>
    </message>
    <message>
        <source>Merge “{name}” ({uses}) into:</source>
        <translation>Gabungkan “{name}” ({uses}) ke:</translation>
    </message>
    <message>
        <source>Move the {uses} of “{name}” to “{target}” and delete “{name}”? Passages that already carry both keep one. You can undo this.</source>
        <translation>Pindahkan {uses} dari “{name}” ke “{target}” lalu hapus “{name}”? Bagian teks yang sudah memiliki keduanya hanya menyimpan satu. Anda dapat mengurungkan tindakan ini.</translation>
    </message>
    <message>
        <source>Tag {n} Passage</source>
        <translation>Tandai {n} Bagian Teks</translation>
    </message>
    <message>
        <source>Tag {n} Passages</source>
        <translation>Tandai {n} Bagian Teks</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>column: uses of the tag in the open documents</comment>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>All</source>
        <comment>column: uses of the tag in the whole project</comment>
        <translation>Semua</translation>
    </message>
</context>
<context>
    <name>CodersDock</name>
    <message>
        <source>Coders</source>
        <translation>Pengode</translation>
    </message>
    <message>
        <source>Space shows or hides the current coder&apos;s annotations.</source>
        <translation>Tombol Space menampilkan atau menyembunyikan anotasi pengode saat ini.</translation>
    </message>
    <message>
        <source>Untick a coder to hide their annotations in the reader and the Annotations list. Nothing is deleted; exports and agreement use all.</source>
        <translation>Hapus centang pengode untuk menyembunyikan anotasinya di tampilan baca dan daftar Anotasi. Tidak ada yang dihapus; ekspor dan kesepakatan tetap memakai semuanya.</translation>
    </message>
</context>
<context>
    <name>CodersModel</name>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Pengode</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotasi</translation>
    </message>
    <message>
        <source>{coder} (you)</source>
        <translation>{coder} (Anda)</translation>
    </message>
    <message>
        <source>{n} annotation</source>
        <translation>{n} anotasi</translation>
    </message>
    <message>
        <source>{n} annotations</source>
        <translation>{n} anotasi</translation>
    </message>
    <message>
        <source>{count}, {orphans} of them orphaned</source>
        <translation>{count}, {orphans} di antaranya yatim</translation>
    </message>
    <message>
        <source>shown in the reader</source>
        <translation>ditampilkan di tampilan baca</translation>
    </message>
    <message>
        <source>hidden in the reader (not deleted)</source>
        <translation>disembunyikan di tampilan baca (tidak dihapus)</translation>
    </message>
    <message>
        <source>{coder}: {count}; {state}</source>
        <translation>{coder}: {count}; {state}</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>“{step}” could not be undone or redone: {error}</source>
        <translation>“{step}” tidak dapat diurungkan atau diulangi: {error}</translation>
    </message>
    <message>
        <source>Tag passage</source>
        <translation>Tandai bagian teks</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Hapus anotasi</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Sunting catatan</translation>
    </message>
    <message>
        <source>Dismiss suggestion</source>
        <translation>Abaikan saran</translation>
    </message>
    <message>
        <source>Change passage</source>
        <translation>Ubah bagian teks</translation>
    </message>
    <message>
        <source>Tag {n} passage</source>
        <translation>Tandai {n} bagian teks</translation>
    </message>
    <message>
        <source>Tag {n} passages</source>
        <translation>Tandai {n} bagian teks</translation>
    </message>
    <message>
        <source>Edit properties of “{title}”</source>
        <translation>Sunting properti “{title}”</translation>
    </message>
    <message>
        <source>Delete document “{title}”</source>
        <translation>Hapus dokumen “{title}”</translation>
    </message>
</context>
<context>
    <name>CompareDock</name>
    <message>
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <source>No passages: {caption}.</source>
        <translation>Tidak ada bagian teks: {caption}.</translation>
    </message>
</context>
<context>
    <name>CooccurrenceView</name>
    <message>
        <source>No passage carries tags of both kinds.</source>
        <translation>Tidak ada bagian teks yang memiliki tag dari kedua jenis.</translation>
    </message>
    <message>
        <source>Whole corpus</source>
        <translation>Seluruh korpus</translation>
    </message>
    <message>
        <source>Language: {name}</source>
        <translation>Bahasa: {name}</translation>
    </message>
    <message>
        <source>Outlet: {name}</source>
        <translation>Media: {name}</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>Kemunculan Bersama</translation>
    </message>
    <message>
        <source>The kind of tag in the rows</source>
        <translation>Jenis tag pada baris</translation>
    </message>
    <message>
        <source>The kind of tag in the columns</source>
        <translation>Jenis tag pada kolom</translation>
    </message>
    <message>
        <source>Count the passages of the whole corpus, or of part of it</source>
        <translation>Hitung bagian teks di seluruh korpus, atau di sebagiannya</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Save the table as shown as CSV</source>
        <translation>Simpan tabel seperti yang ditampilkan sebagai CSV</translation>
    </message>
    <message>
        <source>Co-occurrence table</source>
        <translation>Tabel kemunculan bersama</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Documents counted</source>
        <translation>Dokumen yang dihitung</translation>
    </message>
    <message>
        <source>In</source>
        <comment>the documents counted</comment>
        <translation>Dalam</translation>
    </message>
    <message>
        <source>No passage carries two {kind} tags.</source>
        <translation>Tidak ada bagian teks yang memiliki dua tag {kind}.</translation>
    </message>
    <message>
        <source>{row} with {column} in {place}</source>
        <translation>{row} dengan {column} di {place}</translation>
    </message>
    <message>
        <source>{row} with {column}</source>
        <translation>{row} dengan {column}</translation>
    </message>
    <message>
        <source>Export Co-occurrence</source>
        <translation>Ekspor Kemunculan Bersama</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>{file} {problem}.</source>
        <translation>{file} {problem}.</translation>
    </message>
</context>
<context>
    <name>CorpusDock</name>
    <message>
        <source>None</source>
        <comment>group by: no grouping</comment>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Year of publication</source>
        <translation>Tahun terbit</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Saring dokumen</translation>
    </message>
    <message>
        <source>Title, outlet, author, language or date; accents and case ignored</source>
        <translation>Judul, media, penulis, bahasa, atau tanggal; aksen dan huruf besar/kecil diabaikan</translation>
    </message>
    <message>
        <source>Group documents by</source>
        <translation>Kelompokkan dokumen menurut</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Kelompokkan menurut:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>No document matches “{text}”</source>
        <translation>Tidak ada dokumen yang cocok dengan “{text}”</translation>
    </message>
    <message>
        <source>&amp;Open Selected</source>
        <translation>&amp;Buka yang Dipilih</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>verb: open the document</comment>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Expand All Groups</source>
        <translation>B&amp;entangkan Semua Kelompok</translation>
    </message>
    <message>
        <source>&amp;Collapse All Groups</source>
        <translation>&amp;Ciutkan Semua Kelompok</translation>
    </message>
    <message>
        <source>&amp;Project order</source>
        <translation>&amp;Urutan proyek</translation>
    </message>
    <message>
        <source>The order of the project, as imported</source>
        <translation>Urutan dalam proyek, sesuai saat diimpor</translation>
    </message>
</context>
<context>
    <name>CorpusModel</name>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Lang.</source>
        <comment>column: the document&apos;s language, abbreviated</comment>
        <translation>Bhs.</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Annot.</source>
        <comment>column: number of annotations, abbreviated</comment>
        <translation>Anot.</translation>
    </message>
    <message>
        <source>open in the reader</source>
        <translation>terbuka di tampilan baca</translation>
    </message>
    <message>
        <source>double-click to open</source>
        <translation>klik ganda untuk membuka</translation>
    </message>
    <message>
        <source>{n} character</source>
        <translation>{n} karakter</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} karakter</translation>
    </message>
    <message>
        <source>Language not set</source>
        <translation>Bahasa belum diatur</translation>
    </message>
    <message>
        <source>No outlet</source>
        <translation>Tanpa media</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Tanpa tanggal</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Tidak dapat menulis {path}: {error}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>About Parallax</source>
        <translation>Tentang Parallax</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Parallax {version}&lt;/h3&gt;&lt;p&gt;Read several texts side by side, tag passages by actor and theme, and compare how each text treats them.&lt;/p&gt;&lt;p&gt;Annotations are kept in a local SQLite project file and export as W3C Web Annotation JSON.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Parallax {version}&lt;/h3&gt;&lt;p&gt;Baca beberapa teks secara berdampingan, tandai bagian teks menurut aktor dan tema, lalu bandingkan cara setiap teks memperlakukannya.&lt;/p&gt;&lt;p&gt;Anotasi disimpan dalam berkas proyek SQLite lokal dan diekspor sebagai W3C Web Annotation JSON.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the {licence} licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Perangkat lunak bebas dengan lisensi {licence}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Perubahan tidak tersimpan</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Catatan tidak tersimpan</translation>
    </message>
    <message>
        <source>A note you typed could not be saved. Close Parallax and lose it?</source>
        <translation>Catatan yang Anda ketik tidak dapat disimpan. Tutup Parallax dan buang catatan tersebut?</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document Properties</source>
        <translation>Properti Dokumen</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>date format</comment>
        <translation>TTTT-BB-HH</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Tanggal terbit</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Media:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Penulis:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Terbit:</translation>
    </message>
    <message>
        <source>&amp;Edit Text…</source>
        <translation>&amp;Sunting Teks…</translation>
    </message>
    <message>
        <source>Correct the text itself (an OCR error, a missing paragraph)</source>
        <translation>Perbaiki teksnya sendiri (kesalahan OCR, paragraf yang hilang)</translation>
    </message>
    <message>
        <source>{n} character</source>
        <translation>{n} karakter</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} karakter</translation>
    </message>
    <message>
        <source>{n} annotation</source>
        <translation>{n} anotasi</translation>
    </message>
    <message>
        <source>{n} annotations</source>
        <translation>{n} anotasi</translation>
    </message>
    <message>
        <source>({count} orphaned)</source>
        <translation>({count} yatim)</translation>
    </message>
    <message>
        <source>{characters} · {annotations}{orphans} · imported {date} from {file}</source>
        <translation>{characters} · {annotations}{orphans} · diimpor {date} dari {file}</translation>
    </message>
    <message>
        <source>{characters} · {annotations}{orphans} · imported {date}</source>
        <translation>{characters} · {annotations}{orphans} · diimpor {date}</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Dokumen harus memiliki judul.</translation>
    </message>
    <message>
        <source>“{date}” is not a date: write it as YYYY-MM-DD (or YYYY-MM, or YYYY).</source>
        <translation>“{date}” bukan tanggal: tulis sebagai TTTT-BB-HH (atau TTTT-BB, atau TTTT).</translation>
    </message>
    <message>
        <source>“{language}” is not a language Parallax knows: type a name (Vietnamese) or a code (vi).</source>
        <translation>“{language}” bukan bahasa yang dikenal Parallax: ketik nama bahasanya dalam bahasa Inggris (Vietnamese) atau kodenya (vi).</translation>
    </message>
    <message>
        <source>no annotations</source>
        <translation>tidak ada anotasi</translation>
    </message>
    <message>
        <source>Delete Document</source>
        <translation>Hapus Dokumen</translation>
    </message>
    <message>
        <source>Delete “{title}” and its {annotations} from the project? You can undo this (Edit → Undo).</source>
        <translation>Hapus “{title}” beserta anotasinya ({annotations}) dari proyek? Anda dapat mengurungkan tindakan ini (Sunting → Urungkan).</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <source>Document text</source>
        <translation>Teks dokumen</translation>
    </message>
    <message>
        <source>Close this document</source>
        <translation>Tutup dokumen ini</translation>
    </message>
    <message>
        <source>Close document</source>
        <translation>Tutup dokumen</translation>
    </message>
    <message>
        <source>Annotations whose passage the replaced text no longer holds: place or delete them</source>
        <translation>Anotasi yang bagian teksnya tidak lagi ada setelah teks diganti: tempatkan atau hapus</translation>
    </message>
    <message>
        <source>Show all coders</source>
        <translation>Tampilkan semua pengode</translation>
    </message>
    <message>
        <source>Show every coder&apos;s annotations again</source>
        <translation>Tampilkan lagi anotasi semua pengode</translation>
    </message>
    <message>
        <source>{n} annotation</source>
        <translation>{n} anotasi</translation>
    </message>
    <message>
        <source>{n} annotations</source>
        <translation>{n} anotasi</translation>
    </message>
    <message>
        <source>{n} orphaned annotation</source>
        <translation>{n} anotasi yatim</translation>
    </message>
    <message>
        <source>{n} orphaned annotations</source>
        <translation>{n} anotasi yatim</translation>
    </message>
    <message>
        <source>⚠ {orphans} — Review…</source>
        <translation>⚠ {orphans} — Tinjau…</translation>
    </message>
    <message>
        <source>Review {orphans}</source>
        <translation>Tinjau {orphans}</translation>
    </message>
    <message>
        <source>{n} coder hidden</source>
        <translation>{n} pengode disembunyikan</translation>
    </message>
    <message>
        <source>{n} coders hidden</source>
        <translation>{n} pengode disembunyikan</translation>
    </message>
    <message>
        <source>⚠ {hidden} ({n} passage in this document)</source>
        <translation>⚠ {hidden} ({n} bagian teks di dokumen ini)</translation>
    </message>
    <message>
        <source>⚠ {hidden} ({n} passages in this document)</source>
        <translation>⚠ {hidden} ({n} bagian teks di dokumen ini)</translation>
    </message>
    <message>
        <source>Hidden in the reader: {coders}. Nothing is deleted; the Coders panel shows or hides each coder.</source>
        <translation>Disembunyikan di pembaca: {coders}. Tidak ada yang dihapus; panel Pengode menampilkan atau menyembunyikan setiap pengode.</translation>
    </message>
    <message>
        <source>Move this document left</source>
        <translation>Pindahkan dokumen ini ke kiri</translation>
    </message>
    <message>
        <source>Move document left</source>
        <translation>Pindahkan dokumen ke kiri</translation>
    </message>
    <message>
        <source>Move this document right</source>
        <translation>Pindahkan dokumen ini ke kanan</translation>
    </message>
    <message>
        <source>Move document right</source>
        <translation>Pindahkan dokumen ke kanan</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Tanpa tag</translation>
    </message>
</context>
<context>
    <name>DocumentsChoice</name>
    <message>
        <source>No documents open — open documents in the reader or choose All documents.</source>
        <translation>Tidak ada dokumen terbuka — buka dokumen di tampilan baca atau pilih Semua dokumen.</translation>
    </message>
    <message>
        <source>No documents in this project yet.</source>
        <translation>Belum ada dokumen dalam proyek ini.</translation>
    </message>
    <message>
        <source>No annotations in these documents yet.</source>
        <translation>Belum ada anotasi dalam dokumen ini.</translation>
    </message>
    <message>
        <source>No tags in the codebook yet.</source>
        <translation>Belum ada tag dalam buku kode.</translation>
    </message>
    <message>
        <source>No tagged passages in these documents yet.</source>
        <translation>Belum ada bagian teks bertag dalam dokumen ini.</translation>
    </message>
    <message>
        <source>No passages with {kind} tags in these documents.</source>
        <translation>Tidak ada bagian teks dengan tag {kind} dalam dokumen ini.</translation>
    </message>
    <message>
        <source>{n} character</source>
        <translation>{n} karakter</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} karakter</translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation>Dokumen terbuka</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Semua dokumen</translation>
    </message>
    <message>
        <source>Which documents to show</source>
        <translation>Dokumen mana yang ditampilkan</translation>
    </message>
    <message>
        <source>Documents shown</source>
        <translation>Dokumen yang ditampilkan</translation>
    </message>
    <message>
        <source>Which tags to show</source>
        <translation>Tag mana yang ditampilkan</translation>
    </message>
    <message>
        <source>Tags shown</source>
        <translation>Tag yang ditampilkan</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Semua tag</translation>
    </message>
    <message>
        <source>{kind} tags</source>
        <translation>Tag {kind}</translation>
    </message>
</context>
<context>
    <name>EncodingGuess</name>
    <message>
        <source>chosen</source>
        <translation>dipilih</translation>
    </message>
    <message>
        <source>byte-order mark</source>
        <translation>penanda urutan bita (BOM)</translation>
    </message>
    <message>
        <source>pattern of zero bytes</source>
        <translation>pola bita nol</translation>
    </message>
    <message>
        <source>valid UTF-8</source>
        <translation>UTF-8 yang valid</translation>
    </message>
    <message>
        <source>detected ({coherence} coherent)</source>
        <translation>terdeteksi ({coherence} koheren)</translation>
    </message>
</context>
<context>
    <name>EncodingReview</name>
    <message>
        <source>Check encodings</source>
        <translation>Periksa pengodean</translation>
    </message>
    <message>
        <source>Parallax is not sure how this file encodes its text. Check the preview of each; if it reads wrongly, choose another encoding.</source>
        <translation>Parallax tidak yakin bagaimana berkas ini mengodekan teksnya. Periksa pratinjaunya; jika terbaca salah, pilih pengodean lain.</translation>
    </message>
    <message>
        <source>Parallax is not sure how these {n} files encode their text. Check the preview of each; if it reads wrongly, choose another encoding.</source>
        <translation>Parallax tidak yakin bagaimana {n} berkas ini mengodekan teksnya. Periksa pratinjau masing-masing; jika terbaca salah, pilih pengodean lain.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Pengodean</translation>
    </message>
    <message>
        <source>Guessed from</source>
        <translation>Dasar tebakan</translation>
    </message>
    <message>
        <source>Encoding of {file}</source>
        <translation>Pengodean {file}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>button: import the files</comment>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Preview of the selected file:</source>
        <translation>Pratinjau berkas yang dipilih:</translation>
    </message>
    <message>
        <source>{file}: choose an encoding.</source>
        <translation>{file}: pilih pengodean.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Tidak dapat menulis {path}: {reason}.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>itu adalah folder</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>itu bukan berkas biasa</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>berkas itu hanya-baca</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>folder {folder} tidak ada</translation>
    </message>
    <message>
        <source>The codebook is empty: there are no tags to export.</source>
        <translation>Buku kode kosong: tidak ada tag untuk diekspor.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Export Annotations</source>
        <translation>Ekspor Anotasi</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Mengekspor ke {name}…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Ekspor dibatalkan: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>Exported {n} annotation with its documents and codebook to {path}.</source>
        <translation>{n} anotasi beserta dokumen dan buku kodenya diekspor ke {path}.</translation>
    </message>
    <message>
        <source>Exported {n} annotations with their documents and codebook to {path}.</source>
        <translation>{n} anotasi beserta dokumen dan buku kodenya diekspor ke {path}.</translation>
    </message>
    <message>
        <source>Exported {n} tag to {path}.</source>
        <translation>{n} tag diekspor ke {path}.</translation>
    </message>
    <message>
        <source>Exported {n} tags to {path}.</source>
        <translation>{n} tag diekspor ke {path}.</translation>
    </message>
    <message>
        <source>Exported {n} coded segment to {path}.</source>
        <translation>{n} segmen berkode diekspor ke {path}.</translation>
    </message>
    <message>
        <source>Exported {n} coded segments to {path}.</source>
        <translation>{n} segmen berkode diekspor ke {path}.</translation>
    </message>
    <message>
        <source>Exported {n} annotation to {path}.</source>
        <translation>{n} anotasi diekspor ke {path}.</translation>
    </message>
    <message>
        <source>Exported {n} annotations to {path}.</source>
        <translation>{n} anotasi diekspor ke {path}.</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>Database pages</source>
        <translation>Halaman basis data</translation>
    </message>
    <message>
        <source>References between rows</source>
        <translation>Referensi antarbaris</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Skema</translation>
    </message>
    <message>
        <source>Annotation offsets</source>
        <translation>Offset anotasi</translation>
    </message>
    <message>
        <source>Orphaned annotations</source>
        <translation>Anotasi yatim</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Indeks pencarian</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>No problems found in {path}:</source>
        <translation>Tidak ditemukan masalah di {path}:</translation>
    </message>
    <message>
        <source>Nothing is damaged, but some things need your attention in {path}:</source>
        <translation>Tidak ada yang rusak, tetapi beberapa hal di {path} perlu Anda perhatikan:</translation>
    </message>
    <message>
        <source>Problems found in {path}:</source>
        <translation>Ditemukan masalah di {path}:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>MASALAH</translation>
    </message>
    <message>
        <source>[{mark}] {check}: {summary}</source>
        <translation>[{mark}] {check}: {summary}</translation>
    </message>
    <message>
        <source>intact (integrity_check)</source>
        <translation>utuh (integrity_check)</translation>
    </message>
    <message>
        <source>damaged (integrity_check)</source>
        <translation>rusak (integrity_check)</translation>
    </message>
    <message>
        <source>every reference holds (foreign_key_check)</source>
        <translation>semua referensi valid (foreign_key_check)</translation>
    </message>
    <message>
        <source>{table} row {row} points to a missing {other}</source>
        <translation>baris {row} di {table} merujuk ke {other} yang tidak ada</translation>
    </message>
    <message>
        <source>{n} broken reference</source>
        <translation>{n} referensi rusak</translation>
    </message>
    <message>
        <source>{n} broken references</source>
        <translation>{n} referensi rusak</translation>
    </message>
    <message>
        <source>version {version}, this Parallax&apos;s own</source>
        <translation>versi {version}, milik Parallax ini</translation>
    </message>
    <message>
        <source>version {version}; this Parallax writes {supported}</source>
        <translation>versi {version}; Parallax ini menulis versi {supported}</translation>
    </message>
    <message>
        <source>“{title}”: annotation {uuid} at {start}–{end}</source>
        <translation>“{title}”: anotasi {uuid} di {start}–{end}</translation>
    </message>
    <message>
        <source>every passage is where its quote says</source>
        <translation>setiap bagian teks berada di tempat yang sesuai dengan kutipannya</translation>
    </message>
    <message>
        <source>{n} annotation whose offsets no longer hold its quote</source>
        <translation>{n} anotasi yang offset-nya tidak lagi memuat kutipannya</translation>
    </message>
    <message>
        <source>{n} annotations whose offsets no longer hold their quotes</source>
        <translation>{n} anotasi yang offset-nya tidak lagi memuat kutipannya</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>{n} annotation to place or delete (Edit → Review Orphaned Annotations…)</source>
        <translation>{n} anotasi untuk ditempatkan atau dihapus (Sunting → Tinjau Anotasi Yatim…)</translation>
    </message>
    <message>
        <source>{n} annotations to place or delete (Edit → Review Orphaned Annotations…)</source>
        <translation>{n} anotasi untuk ditempatkan atau dihapus (Sunting → Tinjau Anotasi Yatim…)</translation>
    </message>
    <message>
        <source>not checked: {reason}; try again</source>
        <translation>tidak diperiksa: {reason}; coba lagi</translation>
    </message>
    <message>
        <source>damaged: {reason}</source>
        <translation>rusak: {reason}</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>utuh</translation>
    </message>
    <message>
        <source>none yet (the window makes one on opening a changed project and every 10 minutes while it changes; or run parallax backup)</source>
        <translation>belum ada (jendela membuat cadangan saat proyek yang berubah dibuka dan setiap 10 menit selama proyek berubah; atau jalankan parallax backup)</translation>
    </message>
    <message>
        <source>{n} backup, the newest of {when}</source>
        <translation>{n} cadangan, yang terbaru dari {when}</translation>
    </message>
    <message>
        <source>{n} backups, the newest of {when}</source>
        <translation>{n} cadangan, yang terbaru dari {when}</translation>
    </message>
    <message>
        <source>{summary}; {count} cannot be read</source>
        <translation>{summary}; {count} tidak dapat dibaca</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <source>Check Project</source>
        <translation>Periksa Proyek</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Memeriksa {file}…</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>noun</comment>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Daftar pemeriksaan</translation>
    </message>
    <message>
        <source>The check could not run: {error}</source>
        <translation>Pemeriksaan tidak dapat dijalankan: {error}</translation>
    </message>
</context>
<context>
    <name>HeatTableView</name>
    <message>
        <source>No documents in the project yet.</source>
        <translation>Belum ada dokumen dalam proyek.</translation>
    </message>
    <message>
        <source>No tags in the codebook yet.</source>
        <translation>Belum ada tag dalam buku kode.</translation>
    </message>
    <message>
        <source>&lt; 0.1 %</source>
        <translation>&lt; 0,1%</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>No language</source>
        <translation>Tanpa bahasa</translation>
    </message>
    <message>
        <source>documents without a language</source>
        <translation>dokumen tanpa bahasa</translation>
    </message>
    <message>
        <source>No outlet</source>
        <translation>Tanpa media</translation>
    </message>
    <message>
        <source>documents without an outlet</source>
        <translation>dokumen tanpa media</translation>
    </message>
    <message>
        <source>{percent} of the characters</source>
        <translation>{percent} dari seluruh karakter</translation>
    </message>
    <message>
        <source>{n} passage</source>
        <translation>{n} bagian teks</translation>
    </message>
    <message>
        <source>{n} passages</source>
        <translation>{n} bagian teks</translation>
    </message>
    <message>
        <source>{row} with {column}: {amount}</source>
        <translation>{row} dengan {column}: {amount}</translation>
    </message>
    <message>
        <source>{row} in {column}: {amount}</source>
        <translation>{row} di {column}: {amount}</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Berkas CSV (*.csv);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>HiddenCodersNotice</name>
    <message>
        <source>Show all</source>
        <translation>Tampilkan Semua</translation>
    </message>
    <message>
        <source>Show every coder&apos;s annotations again</source>
        <translation>Tampilkan lagi anotasi semua pengode</translation>
    </message>
    <message>
        <source>Show all coders&apos; annotations</source>
        <translation>Tampilkan anotasi semua pengode</translation>
    </message>
    <message>
        <source>⚠ Hiding {n} coder&apos;s annotations ({total})</source>
        <translation>⚠ Menyembunyikan anotasi {n} pengode ({total})</translation>
    </message>
    <message>
        <source>⚠ Hiding {n} coders&apos; annotations ({total})</source>
        <translation>⚠ Menyembunyikan anotasi {n} pengode ({total})</translation>
    </message>
    <message>
        <source>Hidden in the reader and the Annotations list: {coders}. Nothing is deleted; exports, analysis and agreement use every annotation.</source>
        <translation>Disembunyikan di tampilan baca dan daftar Anotasi: {coders}. Tidak ada yang dihapus; ekspor, analisis, dan kesepakatan tetap memakai semua anotasi.</translation>
    </message>
</context>
<context>
    <name>ImportFailure</name>
    <message>
        <source>is {size}; {what} may be at most {limit}</source>
        <translation>berukuran {size}; {what} paling besar boleh {limit}</translation>
    </message>
    <message>
        <source>is a folder, not {what}</source>
        <translation>adalah folder, bukan {what}</translation>
    </message>
    <message>
        <source>does not exist (moved or deleted?)</source>
        <translation>tidak ada (dipindahkan atau dihapus?)</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>is a damaged Word document ({reason})</source>
        <translation>adalah dokumen Word yang rusak ({reason})</translation>
    </message>
    <message>
        <source>is not a readable Word document ({reason})</source>
        <translation>bukan dokumen Word yang dapat dibaca ({reason})</translation>
    </message>
    <message>
        <source>is an EPUB e-book with no chapters in its reading order</source>
        <translation>adalah buku elektronik EPUB tanpa bab dalam urutan bacanya</translation>
    </message>
    <message>
        <source>is protected by DRM (its chapters are encrypted), so Parallax cannot read it; import a DRM-free copy instead</source>
        <translation>dilindungi DRM (bab-babnya dienkripsi), sehingga Parallax tidak dapat membacanya; impor salinan tanpa DRM sebagai gantinya</translation>
    </message>
    <message>
        <source>holds a character reference (&amp;#…;) of thousands of digits, which is no character</source>
        <translation>memuat referensi karakter (&amp;#…;) sepanjang ribuan digit, yang bukan karakter apa pun</translation>
    </message>
    <message>
        <source>has markup that cannot be read ({reason})</source>
        <translation>memuat markup yang tidak dapat dibaca ({reason})</translation>
    </message>
    <message>
        <source>is a password-protected OpenDocument file; save an unprotected copy and import that</source>
        <translation>adalah berkas OpenDocument yang dilindungi kata sandi; simpan salinan tanpa proteksi lalu impor salinan itu</translation>
    </message>
    <message>
        <source>is nested too deeply to read</source>
        <translation>bersarang terlalu dalam untuk dibaca</translation>
    </message>
    <message>
        <source>is a damaged PDF ({reason})</source>
        <translation>adalah PDF yang rusak ({reason})</translation>
    </message>
    <message>
        <source>is not a PDF file</source>
        <translation>bukan berkas PDF</translation>
    </message>
    <message>
        <source>is an encrypted PDF; save an unprotected copy and import that</source>
        <translation>adalah PDF terenkripsi; simpan salinan tanpa proteksi lalu impor salinan itu</translation>
    </message>
    <message>
        <source>has no text layer (scanned pages?): Parallax needs text; run OCR on it first</source>
        <translation>tidak memiliki lapisan teks (halaman hasil pindaian?): Parallax memerlukan teks; jalankan OCR terlebih dahulu</translation>
    </message>
    <message>
        <source>is not valid {encoding}: byte {byte} at offset {offset} cannot be decoded</source>
        <translation>bukan {encoding} yang valid: bita {byte} pada offset {offset} tidak dapat didekodekan</translation>
    </message>
    <message>
        <source>“{encoding}” is not an encoding Python knows</source>
        <translation>“{encoding}” bukan pengodean yang dikenal Python</translation>
    </message>
    <message>
        <source>looks like a binary file, not text</source>
        <translation>tampaknya berkas biner, bukan teks</translation>
    </message>
    <message>
        <source>could not be decoded as text in any common encoding</source>
        <translation>tidak dapat didekodekan sebagai teks dalam pengodean umum mana pun</translation>
    </message>
    <message>
        <source>has no text</source>
        <translation>tidak memiliki teks</translation>
    </message>
    <message>
        <source>is not a format Parallax imports (it reads {formats})</source>
        <translation>bukan format yang dapat diimpor Parallax (Parallax membaca {formats})</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>dokumen</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>is not a readable {kind} (not a zip archive, or a damaged one)</source>
        <translation>bukan {kind} yang dapat dibaca (bukan arsip zip, atau arsip yang rusak)</translation>
    </message>
    <message>
        <source>is a damaged {kind}: {name} is missing</source>
        <translation>adalah {kind} yang rusak: {name} tidak ada</translation>
    </message>
    <message>
        <source>is a damaged {kind} ({name}: {reason})</source>
        <translation>adalah {kind} yang rusak ({name}: {reason})</translation>
    </message>
    <message>
        <source>has a part ({name}) that is encrypted or compressed in a way Parallax cannot unpack</source>
        <translation>memiliki bagian ({name}) yang dienkripsi atau dikompresi dengan cara yang tidak dapat dibuka Parallax</translation>
    </message>
    <message>
        <source>would unpack to more than {size} MB, which Parallax refuses (a damaged file or a “zip bomb”)</source>
        <translation>akan terurai menjadi lebih dari {size} MB, yang ditolak Parallax (berkas rusak atau “bom zip”)</translation>
    </message>
    <message>
        <source>has a part ({name}) that would unpack to over {ratio} times its packed size, which Parallax refuses (a damaged file or a “zip bomb”)</source>
        <translation>memiliki bagian ({name}) yang akan terurai menjadi lebih dari {ratio} kali ukuran terkompresinya, yang ditolak Parallax (berkas rusak atau “bom zip”)</translation>
    </message>
    <message>
        <source>holds {count} entries; Parallax refuses archives of more than {limit} (a damaged file or a “zip bomb”)</source>
        <translation>memuat {count} entri; Parallax menolak arsip dengan lebih dari {limit} entri (berkas rusak atau “bom zip”)</translation>
    </message>
    <message>
        <source>holds an entry with an absolute path (“{name}”), which Parallax refuses</source>
        <translation>memuat entri dengan jalur absolut (“{name}”), yang ditolak Parallax</translation>
    </message>
    <message>
        <source>holds an entry whose path leads out of its folder (“{name}”), which Parallax refuses</source>
        <translation>memuat entri yang jalurnya keluar dari foldernya (“{name}”), yang ditolak Parallax</translation>
    </message>
    <message>
        <source>holds a symbolic link (“{name}”), which Parallax refuses</source>
        <translation>memuat tautan simbolis (“{name}”), yang ditolak Parallax</translation>
    </message>
    <message>
        <source>lists the entry “{name}” twice, which Parallax refuses</source>
        <translation>mencantumkan entri “{name}” dua kali, yang ditolak Parallax</translation>
    </message>
    <message>
        <source>has XML ({name}) that declares entities or external references, which Parallax refuses to read (they can hide an “XML bomb”)</source>
        <translation>memiliki XML ({name}) yang mendeklarasikan entitas atau referensi eksternal, yang ditolak untuk dibaca oleh Parallax (keduanya dapat menyembunyikan “bom XML”)</translation>
    </message>
    <message>
        <source>is a damaged {kind}: {name} is not well-formed XML ({reason})</source>
        <translation>adalah {kind} yang rusak: {name} bukan XML yang tersusun dengan benar ({reason})</translation>
    </message>
    <message>
        <source>is a damaged {kind}: {name} declares an encoding its XML cannot be read in ({reason})</source>
        <translation>adalah {kind} yang rusak: {name} mendeklarasikan pengodean yang tidak dapat dipakai untuk membaca XML-nya ({reason})</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <source>{file} cannot be imported as {format}:</source>
        <translation>{file} tidak dapat diimpor sebagai {format}:</translation>
    </message>
    <message>
        <source>… and {n} more problem.</source>
        <translation>… dan {n} masalah lainnya.</translation>
    </message>
    <message>
        <source>… and {n} more problems.</source>
        <translation>… dan {n} masalah lainnya.</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Dokumen ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Mencari berkas…</translation>
    </message>
    <message>
        <source>Importing documents</source>
        <translation>Mengimpor dokumen</translation>
    </message>
    <message>
        <source>Checking the encoding of {file} ({number} of {total})…</source>
        <translation>Memeriksa pengodean {file} ({number} dari {total})…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Reading {file} ({number} of {total})…</source>
        <translation>Membaca {file} ({number} dari {total})…</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Impor Terhenti</translation>
    </message>
    <message>
        <source>The import stopped: {reason}</source>
        <translation>Impor terhenti: {reason}</translation>
    </message>
    <message>
        <source>Import the {n} Duplicate Anyway</source>
        <translation>Tetap Impor {n} Duplikat</translation>
    </message>
    <message>
        <source>Import the {n} Duplicates Anyway</source>
        <translation>Tetap Impor {n} Duplikat</translation>
    </message>
    <message>
        <source>Imported {imported} of {total} files.</source>
        <translation>{imported} dari {total} berkas diimpor.</translation>
    </message>
    <message>
        <source>{count} already in the project, skipped.</source>
        <translation>{count} berkas sudah ada di proyek, dilewati.</translation>
    </message>
    <message>
        <source>{count} not documents Parallax reads, skipped.</source>
        <translation>{count} berkas bukan dokumen yang dapat dibaca Parallax, dilewati.</translation>
    </message>
    <message>
        <source>{count} could not be imported (see the details).</source>
        <translation>{count} berkas tidak dapat diimpor (lihat detail).</translation>
    </message>
    <message>
        <source>Cancelled: {n} file was not read.</source>
        <translation>Dibatalkan: {n} berkas tidak dibaca.</translation>
    </message>
    <message>
        <source>Cancelled: {n} files were not read.</source>
        <translation>Dibatalkan: {n} berkas tidak dibaca.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>GAGAL</translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <translation>DUPLIKAT</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>DILEWATI</translation>
    </message>
    <message>
        <source>IMPORTED</source>
        <translation>DIIMPOR</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Impor dokumen</translation>
    </message>
    <message>
        <source>Import every document in a folder</source>
        <translation>Impor semua dokumen dalam folder</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>not a format Parallax imports</source>
        <translation>bukan format yang dapat diimpor Parallax</translation>
    </message>
    <message>
        <source>skipped: {reason}</source>
        <translation>dilewati: {reason}</translation>
    </message>
    <message>
        <source>is nested too deeply to read</source>
        <translation>bersarang terlalu dalam untuk dibaca</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} karakter</translation>
    </message>
    <message>
        <source>language {language}</source>
        <translation>bahasa {language}</translation>
    </message>
    <message>
        <source>read as {encoding}</source>
        <translation>dibaca sebagai {encoding}</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>Afrikaans</source>
        <translation>Bahasa Afrikaans</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>Bahasa Amhar</translation>
    </message>
    <message>
        <source>Aragonese</source>
        <translation>Bahasa Aragon</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Bahasa Arab</translation>
    </message>
    <message>
        <source>Assamese</source>
        <translation>Bahasa Assam</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Bahasa Azerbaijan</translation>
    </message>
    <message>
        <source>Bashkir</source>
        <translation>Bahasa Bashkir</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Bahasa Belarus</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bahasa Bulgaria</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>Bahasa Bengali</translation>
    </message>
    <message>
        <source>Breton</source>
        <translation>Bahasa Breton</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation>Bahasa Bosnia</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Bahasa Katalan</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Bahasa Ceko</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Bahasa Wales</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Bahasa Denmark</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Bahasa Jerman</translation>
    </message>
    <message>
        <source>Dzongkha</source>
        <translation>Bahasa Dzongkha</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Bahasa Yunani</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <source>Esperanto</source>
        <translation>Bahasa Esperanto</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Bahasa Spanyol</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Bahasa Estonia</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>Bahasa Basque</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Bahasa Persia</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Bahasa Finlandia</translation>
    </message>
    <message>
        <source>Faroese</source>
        <translation>Bahasa Faroe</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Bahasa Prancis</translation>
    </message>
    <message>
        <source>Western Frisian</source>
        <translation>Bahasa Frisia Barat</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>Bahasa Irlandia</translation>
    </message>
    <message>
        <source>Scottish Gaelic</source>
        <translation>Bahasa Gaelik Skotlandia</translation>
    </message>
    <message>
        <source>Galician</source>
        <translation>Bahasa Galisia</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>Bahasa Gujarat</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>Bahasa Hausa</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Bahasa Ibrani</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Bahasa Hindi</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Bahasa Kroasia</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Bahasa Kreol Haiti</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Bahasa Hungaria</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Bahasa Armenia</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>Igbo</source>
        <translation>Bahasa Igbo</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>Bahasa Islandia</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Bahasa Italia</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Bahasa Jepang</translation>
    </message>
    <message>
        <source>Javanese</source>
        <translation>Bahasa Jawa</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>Bahasa Georgia</translation>
    </message>
    <message>
        <source>Kabyle</source>
        <translation>Bahasa Kabyle</translation>
    </message>
    <message>
        <source>Kikuyu</source>
        <translation>Bahasa Kikuyu</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Bahasa Kazakh</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>Bahasa Khmer</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Bahasa Kannada</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Bahasa Korea</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Bahasa Kurdi</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Bahasa Kirgiz</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Bahasa Latin</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>Bahasa Luksemburg</translation>
    </message>
    <message>
        <source>Ganda</source>
        <translation>Bahasa Ganda</translation>
    </message>
    <message>
        <source>Ligurian</source>
        <translation>Bahasa Liguria</translation>
    </message>
    <message>
        <source>Lingala</source>
        <translation>Bahasa Lingala</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>Bahasa Lao</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Bahasa Lituania</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Bahasa Latvia</translation>
    </message>
    <message>
        <source>Malagasy</source>
        <translation>Bahasa Malagasi</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Bahasa Makedonia</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>Bahasa Malayalam</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>Bahasa Mongolia</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>Bahasa Marathi</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Bahasa Melayu</translation>
    </message>
    <message>
        <source>Maltese</source>
        <translation>Bahasa Malta</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>Bahasa Burma</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>Bahasa Nepali</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Bahasa Belanda</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>Bahasa Norwegia (Nynorsk)</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Bahasa Norwegia (Bokmål)</translation>
    </message>
    <message>
        <source>Northern Sotho</source>
        <translation>Bahasa Sotho Utara</translation>
    </message>
    <message>
        <source>Occitan</source>
        <translation>Bahasa Oksitan</translation>
    </message>
    <message>
        <source>Oromo</source>
        <translation>Bahasa Oromo</translation>
    </message>
    <message>
        <source>Odia</source>
        <translation>Bahasa Odia</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Bahasa Punjabi</translation>
    </message>
    <message>
        <source>Nigerian Pidgin</source>
        <translation>Bahasa Pidgin Nigeria</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Bahasa Polandia</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Bahasa Pashto</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Bahasa Portugis</translation>
    </message>
    <message>
        <source>Quechua</source>
        <translation>Bahasa Quechua</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Bahasa Rumania</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Bahasa Rusia</translation>
    </message>
    <message>
        <source>Kinyarwanda</source>
        <translation>Bahasa Kinyarwanda</translation>
    </message>
    <message>
        <source>Sanskrit</source>
        <translation>Bahasa Sanskerta</translation>
    </message>
    <message>
        <source>Southern Kurdish</source>
        <translation>Bahasa Kurdi Selatan</translation>
    </message>
    <message>
        <source>Northern Sami</source>
        <translation>Bahasa Sami Utara</translation>
    </message>
    <message>
        <source>Sinhala</source>
        <translation>Bahasa Sinhala</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Bahasa Slowakia</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Bahasa Slovenia</translation>
    </message>
    <message>
        <source>Shona</source>
        <translation>Bahasa Shona</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Bahasa Somali</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Bahasa Albania</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Bahasa Serbia</translation>
    </message>
    <message>
        <source>Southern Sotho</source>
        <translation>Bahasa Sotho Selatan</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Bahasa Swedia</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Bahasa Swahili</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Bahasa Tamil</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>Bahasa Telugu</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>Bahasa Tajik</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Bahasa Thai</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>Bahasa Turkmen</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Bahasa Filipino</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Bahasa Turki</translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation>Bahasa Tatar</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>Bahasa Uyghur</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Bahasa Ukraina</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Bahasa Urdu</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Bahasa Uzbek</translation>
    </message>
    <message>
        <source>Venetian</source>
        <translation>Bahasa Venesia</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Bahasa Vietnam</translation>
    </message>
    <message>
        <source>Volapük</source>
        <translation>Bahasa Volapük</translation>
    </message>
    <message>
        <source>Walloon</source>
        <translation>Bahasa Walloon</translation>
    </message>
    <message>
        <source>Xhosa</source>
        <translation>Bahasa Xhosa</translation>
    </message>
    <message>
        <source>Yoruba</source>
        <translation>Bahasa Yoruba</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>Bahasa Kanton</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Bahasa Tionghoa</translation>
    </message>
    <message>
        <source>Zulu</source>
        <translation>Bahasa Zulu</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{project} — Parallax</source>
        <translation>{project} — Parallax</translation>
    </message>
    <message>
        <source>Select a passage, then click a tag or press its key.</source>
        <translation>Pilih bagian teks, lalu klik tag atau tekan tombolnya.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buka &amp;Terkini</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>Ta&amp;g</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>Backed up the project automatically ({when}).</source>
        <translation>Proyek dicadangkan secara otomatis ({when}).</translation>
    </message>
    <message>
        <source>Select a passage in a document first.</source>
        <translation>Pilih bagian teks dalam dokumen terlebih dahulu.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>Coding as: {coder}</source>
        <translation>Mengode sebagai: {coder}</translation>
    </message>
    <message>
        <source>Open or select one document first.</source>
        <translation>Buka atau pilih satu dokumen terlebih dahulu.</translation>
    </message>
    <message>
        <source>Select an annotation to delete first.</source>
        <translation>Pilih anotasi yang akan dihapus terlebih dahulu.</translation>
    </message>
    <message>
        <source>Select the new passage in the same document first.</source>
        <translation>Pilih bagian teks baru dalam dokumen yang sama terlebih dahulu.</translation>
    </message>
    <message>
        <source>&amp;Tag Selection As</source>
        <translation>&amp;Tandai Pilihan Sebagai</translation>
    </message>
    <message>
        <source>Annotation “{passage}”</source>
        <translation>Anotasi “{passage}”</translation>
    </message>
    <message>
        <source>Remove Tag “{tag}”</source>
        <translation>Hapus Tag “{tag}”</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>Sunting &amp;Catatan…</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Hapus Anotasi</translation>
    </message>
    <message>
        <source>An import is still running.</source>
        <translation>Impor masih berjalan.</translation>
    </message>
    <message>
        <source>Imported {n} document.</source>
        <translation>{n} dokumen diimpor.</translation>
    </message>
    <message>
        <source>Imported {n} documents.</source>
        <translation>{n} dokumen diimpor.</translation>
    </message>
    <message>
        <source>An import of annotations is still running.</source>
        <translation>Impor anotasi masih berjalan.</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation>{file} diimpor: {summary}</translation>
    </message>
    <message>
        <source>{project} (read-only) — Parallax</source>
        <translation>{project} (hanya-baca) — Parallax</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt;: changes cannot be saved to this file</source>
        <translation>&lt;b&gt;Hanya-baca&lt;/b&gt;: perubahan tidak dapat disimpan ke berkas ini</translation>
    </message>
    <message>
        <source>{path} cannot be written; to work on it, copy it first.</source>
        <translation>{path} tidak dapat ditulisi; untuk mengerjakannya, salin terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Passages</source>
        <translation>Bagian teks</translation>
    </message>
    <message>
        <source>Coverage %</source>
        <translation>Cakupan %</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>{n} character</source>
        <translation>{n} karakter</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} karakter</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} dokumen</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} dokumen</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matriks</translation>
    </message>
    <message>
        <source>Passages: how many passages carry the tag.
Coverage: the share of the text&apos;s characters inside them.</source>
        <translation>Bagian teks: berapa banyak bagian teks yang memiliki tag tersebut.
Cakupan: porsi karakter teks yang berada di dalamnya.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Save the table as shown (passages or coverage) as CSV</source>
        <translation>Simpan tabel seperti yang ditampilkan (bagian teks atau cakupan) sebagai CSV</translation>
    </message>
    <message>
        <source>Tags by document</source>
        <translation>Tag per dokumen</translation>
    </message>
    <message>
        <source>Measure shown</source>
        <translation>Ukuran yang ditampilkan</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Share of the characters inside any tagged passage</source>
        <translation>Porsi karakter yang berada di dalam bagian teks bertag mana pun</translation>
    </message>
    <message>
        <source>Passages with any tag, each counted once</source>
        <translation>Bagian teks dengan tag apa pun, masing-masing dihitung sekali</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Semua tag</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… dan {count} lainnya</translation>
    </message>
    <message>
        <source>all documents</source>
        <translation>semua dokumen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tagged passages in {place}</source>
        <translation>Bagian teks bertag di {place}</translation>
    </message>
    <message>
        <source>{tag} in {place}</source>
        <translation>{tag} di {place}</translation>
    </message>
    <message>
        <source>Export Matrix</source>
        <translation>Ekspor Matriks</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>{n} annotation added, {updated} updated, {unchanged} already in the project.</source>
        <translation>{n} anotasi ditambahkan, {updated} diperbarui, {unchanged} sudah ada di proyek.</translation>
    </message>
    <message>
        <source>{n} annotations added, {updated} updated, {unchanged} already in the project.</source>
        <translation>{n} anotasi ditambahkan, {updated} diperbarui, {unchanged} sudah ada di proyek.</translation>
    </message>
    <message>
        <source>Documents: {documents} added, {matched_documents} matched. Tags: {tags} created, {matched_tags} matched.</source>
        <translation>Dokumen: {documents} ditambahkan, {matched_documents} dicocokkan. Tag: {tags} dibuat, {matched_tags} dicocokkan.</translation>
    </message>
    <message>
        <source>{n} annotation found by their quote.</source>
        <translation>{n} anotasi ditemukan melalui kutipannya.</translation>
    </message>
    <message>
        <source>{n} annotations found by their quote.</source>
        <translation>{n} anotasi ditemukan melalui kutipannya.</translation>
    </message>
    <message>
        <source>{n} added annotation has no coder name (the file names none): it is listed as “(no name)” under Coders.</source>
        <translation>{n} anotasi yang ditambahkan tidak memiliki nama pengode (berkasnya tidak menyebutkan nama): anotasi itu tercantum sebagai “(tanpa nama)” di panel Pengode.</translation>
    </message>
    <message>
        <source>{n} added annotations have no coder name (the file names none): they are listed as “(no name)” under Coders.</source>
        <translation>{n} anotasi yang ditambahkan tidak memiliki nama pengode (berkasnya tidak menyebutkan nama): anotasi itu tercantum sebagai “(tanpa nama)” di panel Pengode.</translation>
    </message>
    <message>
        <source>{n} conflict (the newer version kept; {theirs} of the listed ones from the file).</source>
        <translation>{n} konflik (versi yang lebih baru dipertahankan; {theirs} dari yang tercantum berasal dari berkas).</translation>
    </message>
    <message>
        <source>{n} conflicts (the newer version kept; {theirs} of the listed ones from the file).</source>
        <translation>{n} konflik (versi yang lebih baru dipertahankan; {theirs} dari yang tercantum berasal dari berkas).</translation>
    </message>
    <message>
        <source>{count} skipped (listed).</source>
        <translation>{count} dilewati (tercantum).</translation>
    </message>
    <message>
        <source>The file lists the document {key} twice; the first is used.</source>
        <translation>Berkas mencantumkan dokumen {key} dua kali; yang pertama digunakan.</translation>
    </message>
    <message>
        <source>The tag {tag} is not in this project and the file gives no name for it: it is left off its passages.</source>
        <translation>Tag {tag} tidak ada dalam proyek ini dan berkas tidak memberi namanya: tag itu tidak dipasang pada bagian teksnya.</translation>
    </message>
    <message>
        <source>{n} annotation on “{name}”: the document is not in this project (this format carries no texts: import the document first).</source>
        <translation>{n} anotasi pada “{name}”: dokumen itu tidak ada dalam proyek ini (format ini tidak membawa teks: impor dokumennya terlebih dahulu).</translation>
    </message>
    <message>
        <source>{n} annotations on “{name}”: the document is not in this project (this format carries no texts: import the document first).</source>
        <translation>{n} anotasi pada “{name}”: dokumen itu tidak ada dalam proyek ini (format ini tidak membawa teks: impor dokumennya terlebih dahulu).</translation>
    </message>
    <message>
        <source>{n} annotation on “{name}”: the document is not in this project.</source>
        <translation>{n} anotasi pada “{name}”: dokumen itu tidak ada dalam proyek ini.</translation>
    </message>
    <message>
        <source>{n} annotations on “{name}”: the document is not in this project.</source>
        <translation>{n} anotasi pada “{name}”: dokumen itu tidak ada dalam proyek ini.</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <source>Import Annotations — {name}</source>
        <translation>Impor Anotasi — {name}</translation>
    </message>
    <message>
        <source>Nothing to import: {summary}</source>
        <translation>Tidak ada yang perlu diimpor: {summary}</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>New tags</source>
        <translation>Tag baru</translation>
    </message>
    <message>
        <source>New documents</source>
        <translation>Dokumen baru</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… dan {count} lainnya</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Bagian teks</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Pengode</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Dipertahankan</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Milik kita</translation>
    </message>
    <message>
        <source>Theirs (the file)</source>
        <translation>Milik mereka (berkas)</translation>
    </message>
    <message>
        <source>theirs</source>
        <comment>the version kept: the file&apos;s</comment>
        <translation>milik mereka</translation>
    </message>
    <message>
        <source>ours</source>
        <comment>the version kept: the project&apos;s</comment>
        <translation>milik kita</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
</context>
<context>
    <name>MergeRun</name>
    <message>
        <source>Import Annotations</source>
        <translation>Impor Anotasi</translation>
    </message>
    <message>
        <source>{path} is nested too deeply to read.</source>
        <translation>{path} bersarang terlalu dalam untuk dibaca.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}).</source>
        <translation>{path} tidak dapat dibaca ({error}).</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>Tidak ada yang diimpor: {error}</translation>
    </message>
    <message>
        <source>Import annotations from {name}</source>
        <translation>Impor anotasi dari {name}</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Membaca {name}…</translation>
    </message>
    <message>
        <source>Importing annotations</source>
        <translation>Mengimpor anotasi</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Mengimpor {name}…</translation>
    </message>
    <message>
        <source>Taking back the import of {name}…</source>
        <translation>Membatalkan impor {name}…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Impor gagal</translation>
    </message>
    <message>
        <source>{path} is not a file of annotations Parallax reads (W3C or project JSON, REFI-QDA, doccano, Label Studio, brat). Documents are imported with File → Import Documents.</source>
        <translation>{path} bukan berkas anotasi yang dapat dibaca Parallax (W3C atau JSON proyek, REFI-QDA, doccano, Label Studio, brat). Dokumen diimpor melalui Berkas → Impor Dokumen.</translation>
    </message>
</context>
<context>
    <name>OrphansDialog</name>
    <message>
        <source>Orphaned Annotations</source>
        <translation>Anotasi Yatim</translation>
    </message>
    <message>
        <source>These annotations&apos; passages were not found when their document&apos;s text was replaced. Select the right passage in the document, then choose Place at Selection; or delete the annotation. Both can be undone.</source>
        <translation>Bagian teks anotasi ini tidak ditemukan saat teks dokumennya diganti. Pilih bagian teks yang benar di dokumen, lalu pilih Tempatkan di Pilihan; atau hapus anotasinya. Keduanya dapat diurungkan.</translation>
    </message>
    <message>
        <source>Orphaned annotations</source>
        <translation>Anotasi yatim</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Passage (in the old text)</source>
        <translation>Bagian teks (dalam teks lama)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;Show Likely Place</source>
        <translation>&amp;Tampilkan Perkiraan Letak</translation>
    </message>
    <message>
        <source>Select where the passage probably was, in its pane</source>
        <translation>Pilih letak bagian teks yang paling mungkin, di panelnya</translation>
    </message>
    <message>
        <source>&amp;Place at Selection</source>
        <translation>Tem&amp;patkan di Pilihan</translation>
    </message>
    <message>
        <source>Anchor the annotation at the passage selected in its document&apos;s pane</source>
        <translation>Tambatkan anotasi pada bagian teks yang dipilih di panel dokumennya</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Delete the annotation (undoable)</source>
        <translation>Hapus anotasi (dapat diurungkan)</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Tanpa tag</translation>
    </message>
    <message>
        <source>Orphaned Annotations ({count})</source>
        <translation>Anotasi Yatim ({count})</translation>
    </message>
    <message>
        <source>No annotation is orphaned.</source>
        <translation>Tidak ada anotasi yatim.</translation>
    </message>
    <message>
        <source>Selected where the passage probably was. Adjust the selection in the document if needed, then choose Place at Selection.</source>
        <translation>Letak bagian teks yang paling mungkin telah dipilih. Sesuaikan pilihan di dokumen bila perlu, lalu pilih Tempatkan di Pilihan.</translation>
    </message>
    <message>
        <source>its document</source>
        <translation>dokumennya</translation>
    </message>
    <message>
        <source>Select the passage in “{title}” first.</source>
        <translation>Pilih bagian teks di “{title}” terlebih dahulu.</translation>
    </message>
    <message>
        <source>{n} orphan left.</source>
        <translation>Tersisa {n} anotasi yatim.</translation>
    </message>
    <message>
        <source>{n} orphans left.</source>
        <translation>Tersisa {n} anotasi yatim.</translation>
    </message>
    <message>
        <source>No orphans left.</source>
        <translation>Tidak ada lagi anotasi yatim.</translation>
    </message>
    <message>
        <source>Placed at “{quote}”.</source>
        <translation>Ditempatkan di “{quote}”.</translation>
    </message>
    <message>
        <source>Deleted the annotation on “{quote}”.</source>
        <translation>Anotasi pada “{quote}” dihapus.</translation>
    </message>
</context>
<context>
    <name>PassagesView</name>
    <message>
        <source>Open documents</source>
        <translation>Dokumen terbuka</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Semua dokumen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>{n} passage</source>
        <translation>{n} bagian teks</translation>
    </message>
    <message>
        <source>{n} passages</source>
        <translation>{n} bagian teks</translation>
    </message>
    <message>
        <source>{tags} or {tag}</source>
        <translation>{tags} atau {tag}</translation>
    </message>
    <message>
        <source>No language</source>
        <translation>Tanpa bahasa</translation>
    </message>
    <message>
        <source>No outlet</source>
        <translation>Tanpa media</translation>
    </message>
    <message>
        <source>Passages in {title}</source>
        <translation>Bagian teks di {title}</translation>
    </message>
    <message>
        <source>… and {count} more (see the Annotations panel or the matrix)</source>
        <translation>… dan {count} lainnya (lihat panel Anotasi atau matriks)</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Bagian Teks</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Tag…</translation>
    </message>
    <message>
        <source>Tags to compare</source>
        <translation>Tag yang dibandingkan</translation>
    </message>
    <message>
        <source>One column per</source>
        <translation>Satu kolom per</translation>
    </message>
    <message>
        <source>Back to Tags</source>
        <translation>Kembali ke Tag</translation>
    </message>
    <message>
        <source>Passages with</source>
        <translation>Bagian teks bertag</translation>
    </message>
    <message>
        <source>Choose tags…</source>
        <translation>Pilih tag…</translation>
    </message>
    <message>
        <source>No documents in the project yet.</source>
        <translation>Belum ada dokumen dalam proyek.</translation>
    </message>
    <message>
        <source>No tags in the codebook yet.</source>
        <translation>Belum ada tag dalam buku kode.</translation>
    </message>
    <message>
        <source>Choose one or more tags to compare their passages.</source>
        <translation>Pilih satu tag atau lebih untuk membandingkan bagian teksnya.</translation>
    </message>
    <message>
        <source>No document is open in the reader: open some, or choose All documents.</source>
        <translation>Tidak ada dokumen yang terbuka di tampilan baca: buka beberapa, atau pilih Semua dokumen.</translation>
    </message>
    <message>
        <source>Passages tagged {tags}, in reading order.</source>
        <translation>Bagian teks bertag {tags}, sesuai urutan baca.</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} columns: choose Languages or Outlets, or open the documents you want, to see them all.</source>
        <translation>Menampilkan {shown} kolom pertama dari {total}: pilih Bahasa atau Media, atau buka dokumen yang Anda inginkan, untuk melihat semuanya.</translation>
    </message>
    <message>
        <source>{heading} · {n} character</source>
        <translation>{heading} · {n} karakter</translation>
    </message>
    <message>
        <source>{heading} · {n} characters</source>
        <translation>{heading} · {n} karakter</translation>
    </message>
    <message>
        <source>No passage tagged {tags} here.</source>
        <translation>Tidak ada bagian teks bertag {tags} di sini.</translation>
    </message>
    <message>
        <source>{caption}: {passages}.</source>
        <translation>{caption}: {passages}.</translation>
    </message>
    <message>
        <source>{caption}: {passages} (the first {count} documents).</source>
        <translation>{caption}: {passages} ({count} dokumen pertama).</translation>
    </message>
    <message>
        <source>These passages are no longer in the project.</source>
        <translation>Bagian teks ini sudah tidak ada dalam proyek.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <source>Coder name</source>
        <translation>Nama pengode</translation>
    </message>
    <message>
        <source>Recorded on every annotation you make, to tell coders apart</source>
        <translation>Dicatat pada setiap anotasi yang Anda buat, untuk membedakan para pengode</translation>
    </message>
    <message>
        <source>Snap selections to whole words (hold Alt to select exactly)</source>
        <translation>Paskan pilihan ke kata utuh (tahan Alt untuk memilih dengan tepat)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Bawaan sistem</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Bahasa antarmuka</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Bahasa antarmuka:</translation>
    </message>
    <message>
        <source>Takes effect the next time Parallax starts.</source>
        <translation>Berlaku saat Parallax dijalankan lagi.</translation>
    </message>
    <message>
        <source>Your &amp;name as coder:</source>
        <translation>&amp;Nama Anda sebagai pengode:</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>the project already has this text, as “{title}”</source>
        <translation>proyek sudah memuat teks ini, sebagai “{title}”</translation>
    </message>
    <message>
        <source>This annotation was changed elsewhere meanwhile (by another coder of the shared project, or in another window); your change was not made. It is shown as it now is.</source>
        <translation>Anotasi ini telah diubah di tempat lain sementara itu (oleh pengode lain di proyek bersama, atau di jendela lain); perubahan Anda tidak dilakukan. Anotasi ditampilkan seperti sekarang.</translation>
    </message>
    <message>
        <source>The change was not saved to {path}: {reason}.</source>
        <translation>Perubahan tidak disimpan ke {path}: {reason}.</translation>
    </message>
    <message>
        <source>There is no document {document} in this project.</source>
        <translation>Tidak ada dokumen {document} dalam proyek ini.</translation>
    </message>
    <message>
        <source>That annotation no longer exists.</source>
        <translation>Anotasi itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>A shared project&apos;s backups are its server&apos;s.</source>
        <translation>Cadangan proyek bersama adalah urusan servernya.</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Dokumen memerlukan judul.</translation>
    </message>
    <message>
        <source>The document changed while it was being deleted; try again.</source>
        <translation>Dokumen berubah saat sedang dihapus; coba lagi.</translation>
    </message>
    <message>
        <source>A tag you chose no longer exists.</source>
        <translation>Tag yang Anda pilih sudah tidak ada.</translation>
    </message>
    <message>
        <source>Cannot annotate: {reason}.</source>
        <translation>Tidak dapat membuat anotasi: {reason}.</translation>
    </message>
    <message>
        <source>Cannot move the passage: {reason}.</source>
        <translation>Tidak dapat memindahkan bagian teks: {reason}.</translation>
    </message>
    <message>
        <source>The annotation&apos;s document is no longer in the project.</source>
        <translation>Dokumen anotasi itu sudah tidak ada dalam proyek.</translation>
    </message>
    <message>
        <source>That suggestion was not dismissed.</source>
        <translation>Saran itu tidak diabaikan.</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>Parallax was not closed properly last time it had this project open; the project was checked and is intact.</source>
        <translation>Parallax tidak ditutup dengan benar saat terakhir kali proyek ini terbuka; proyek telah diperiksa dan masih utuh.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}.</source>
        <translation>Tidak dapat membuat {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} sudah ada.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened: {reason}.</source>
        <translation>{path} rusak dan tidak dapat dibuka: {reason}.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened safely: {reason}.</source>
        <translation>{path} rusak dan tidak dapat dibuka dengan aman: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a Parallax project file.</source>
        <translation>{path} adalah folder, bukan berkas proyek Parallax.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a Parallax project (it is not an SQLite database).</source>
        <translation>{path} bukan proyek Parallax (bukan basis data SQLite).</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not a Parallax project; it was left untouched.</source>
        <translation>{path} adalah basis data SQLite tetapi bukan proyek Parallax; berkas itu tidak diubah.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Parallax (project schema {version}); this version reads schema {supported} and older. The file was left untouched.</source>
        <translation>{path} ditulis oleh Parallax yang lebih baru (skema proyek {version}); versi ini membaca skema {supported} dan yang lebih lama. Berkas itu tidak diubah.</translation>
    </message>
    <message>
        <source>{path} is left from an earlier project of that name and could not be moved aside ({reason}); move or delete it, then try again.</source>
        <translation>{path} tertinggal dari proyek sebelumnya dengan nama yang sama dan tidak dapat disisihkan ({reason}); pindahkan atau hapus berkas itu, lalu coba lagi.</translation>
    </message>
    <message>
        <source>a row of {table} refers to a missing row of {other}</source>
        <translation>sebuah baris di {table} merujuk ke baris {other} yang tidak ada</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>disk penuh; kosongkan sebagian ruang lalu coba lagi</translation>
    </message>
    <message>
        <source>the project file is read-only</source>
        <translation>berkas proyek hanya-baca</translation>
    </message>
    <message>
        <source>another program is writing to it; try again in a moment</source>
        <translation>program lain sedang menulis ke berkas itu; coba lagi sebentar lagi</translation>
    </message>
    <message>
        <source>{reason} ({error})</source>
        <translation>{reason} ({error})</translation>
    </message>
    <message>
        <source>{path} could not be brought up to date (schema {version}): {reason}. It was left as it was.</source>
        <translation>{path} tidak dapat diperbarui (skema {version}): {reason}. Berkas itu dibiarkan seperti semula.</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>folder {folder} tidak ada</translation>
    </message>
    <message>
        <source>{path} is open in another Parallax window ({holder}); close it there first.</source>
        <translation>{path} sedang terbuka di jendela Parallax lain ({holder}); tutup di sana terlebih dahulu.</translation>
    </message>
    <message>
        <source>{path} is open in another Parallax window; close it there first.</source>
        <translation>{path} sedang terbuka di jendela Parallax lain; tutup di sana terlebih dahulu.</translation>
    </message>
    <message>
        <source>{path} cannot be locked for writing: {reason}.</source>
        <translation>{path} tidak dapat dikunci untuk ditulis: {reason}.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} tidak ada.</translation>
    </message>
</context>
<context>
    <name>ProjectImport</name>
    <message>
        <source>{path} is not valid JSON: {reason}.</source>
        <translation>{path} bukan JSON yang valid: {reason}.</translation>
    </message>
    <message>
        <source>{path} {problem}.</source>
        <translation>{path} {problem}.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text (byte {offset} cannot be read).</source>
        <translation>{path} bukan teks UTF-8 (bita {offset} tidak dapat dibaca).</translation>
    </message>
    <message>
        <source>{reason} (line {line}, column {column})</source>
        <translation>{reason} (baris {line}, kolom {column})</translation>
    </message>
    <message>
        <source>{path} is nested too deeply to read.</source>
        <translation>{path} bersarang terlalu dalam untuk dibaca.</translation>
    </message>
    <message>
        <source>{path} is not a Parallax project file (it has no &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>{path} bukan berkas proyek Parallax (tidak memiliki &quot;format&quot;: &quot;{format}&quot;).</translation>
    </message>
    <message>
        <source>{path} was written by a newer Parallax (project file version {version}); this version reads version {supported}.</source>
        <translation>{path} ditulis oleh Parallax yang lebih baru (versi berkas proyek {version}); versi ini membaca versi {supported}.</translation>
    </message>
    <message>
        <source>{path} has an unknown project file version ({version}); this version reads version {supported}.</source>
        <translation>{path} memiliki versi berkas proyek yang tidak dikenal ({version}); versi ini membaca versi {supported}.</translation>
    </message>
    <message>
        <source>{path} already has documents or tags; a project file can only be imported into an empty project (merging comes later).</source>
        <translation>{path} sudah memiliki dokumen atau tag; berkas proyek hanya dapat diimpor ke proyek kosong (penggabungan menyusul).</translation>
    </message>
</context>
<context>
    <name>ProjectMenu</name>
    <message>
        <source>Parallax projects (*{suffix});;All files (*)</source>
        <translation>Proyek Parallax (*{suffix});;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Buka Proyek</translation>
    </message>
    <message>
        <source>Untitled</source>
        <comment>the name offered for a new project</comment>
        <translation>Tanpa Judul</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Proyek Baru</translation>
    </message>
    <message>
        <source>{project} (missing)</source>
        <translation>{project} (tidak ditemukan)</translation>
    </message>
    <message>
        <source>Open {path}</source>
        <translation>Buka {path}</translation>
    </message>
    <message>
        <source>{path} is not there any more</source>
        <translation>{path} sudah tidak ada</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Tidak ada proyek terkini</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Kosongkan Menu</translation>
    </message>
    <message>
        <source>Forget the projects opened before</source>
        <translation>Lupakan proyek yang pernah dibuka</translation>
    </message>
    <message>
        <source>{project} (shared)</source>
        <comment>a recent shared project</comment>
        <translation>{project} (bersama)</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>Your annotations are shown again: you had hidden them, and changed one.</source>
        <translation>Anotasi Anda ditampilkan lagi: Anda telah menyembunyikannya, lalu mengubah salah satunya.</translation>
    </message>
    <message>
        <source>Tagged “{quote}” as {tags}.</source>
        <translation>“{quote}” ditandai sebagai {tags}.</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tambah tag</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Lepas tag</translation>
    </message>
    <message>
        <source>That annotation no longer exists.</source>
        <translation>Anotasi itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>The passage is now “{quote}”.</source>
        <translation>Bagian teks kini “{quote}”.</translation>
    </message>
    <message>
        <source>Your note, which was not saved:</source>
        <translation>Catatan Anda, yang tidak disimpan:</translation>
    </message>
    <message>
        <source>Deleted the annotation on “{quote}”.</source>
        <translation>Anotasi pada “{quote}” dihapus.</translation>
    </message>
    <message>
        <source>Those passages are already tagged {tags}.</source>
        <translation>Bagian-bagian teks itu sudah ditandai {tags}.</translation>
    </message>
    <message>
        <source>Tagged {n} passage as {tags}.</source>
        <translation>{n} bagian teks ditandai sebagai {tags}.</translation>
    </message>
    <message>
        <source>Tagged {n} passages as {tags}.</source>
        <translation>{n} bagian teks ditandai sebagai {tags}.</translation>
    </message>
    <message>
        <source>Deleted “{title}” and its {n} annotation.</source>
        <translation>“{title}” beserta {n} anotasinya dihapus.</translation>
    </message>
    <message>
        <source>Deleted “{title}” and its {n} annotations.</source>
        <translation>“{title}” beserta {n} anotasinya dihapus.</translation>
    </message>
    <message>
        <source>The annotation now marks “{quote}”.</source>
        <translation>Anotasi kini menandai “{quote}”.</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Terima saran</translation>
    </message>
    <message>
        <source>Accept {n} suggestions</source>
        <translation>Terima {n} saran</translation>
    </message>
    <message>
        <source>Created the {kind} tag “{name}”.</source>
        <translation>Tag {kind} “{name}” dibuat.</translation>
    </message>
    <message>
        <source>Deleted the tag “{name}” from {n} annotation.</source>
        <translation>Tag “{name}” dihapus dari {n} anotasi.</translation>
    </message>
    <message>
        <source>Deleted the tag “{name}” from {n} annotations.</source>
        <translation>Tag “{name}” dihapus dari {n} anotasi.</translation>
    </message>
    <message>
        <source>Merged “{source}” into “{target}”: {n} annotation moved.</source>
        <translation>“{source}” digabungkan ke “{target}”: {n} anotasi dipindahkan.</translation>
    </message>
    <message>
        <source>Merged “{source}” into “{target}”: {n} annotations moved.</source>
        <translation>“{source}” digabungkan ke “{target}”: {n} anotasi dipindahkan.</translation>
    </message>
    <message>
        <source>Tag passage</source>
        <translation>Tandai bagian teks</translation>
    </message>
    <message>
        <source>Tag {n} passage</source>
        <translation>Tandai {n} bagian teks</translation>
    </message>
    <message>
        <source>Tag {n} passages</source>
        <translation>Tandai {n} bagian teks</translation>
    </message>
    <message>
        <source>{action} with new tag “{name}”</source>
        <translation>{action} dengan tag baru “{name}”</translation>
    </message>
</context>
<context>
    <name>ProjectWindows</name>
    <message>
        <source>{file} is already open in this window.</source>
        <translation>{file} sudah terbuka di jendela ini.</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Tidak dapat membuat proyek</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Tidak dapat membuka proyek</translation>
    </message>
</context>
<context>
    <name>ReaderArea</name>
    <message>
        <source>No document is open.
Double-click a document in the Corpus panel to read it here.</source>
        <translation>Tidak ada dokumen yang terbuka.
Klik dua kali dokumen di panel Korpus untuk membacanya di sini.</translation>
    </message>
    <message>
        <source>&amp;Synchronise Scrolling</source>
        <translation>Sinkronkan &amp;Gulir</translation>
    </message>
    <message>
        <source>Scroll all open documents together, each to the same relative position</source>
        <translation>Gulir semua dokumen yang terbuka secara bersamaan, masing-masing ke posisi relatif yang sama</translation>
    </message>
    <message>
        <source>Move Document &amp;Back</source>
        <translation>Pindahkan Dokumen &amp;Mundur</translation>
    </message>
    <message>
        <source>Move the current document one place back</source>
        <translation>Pindahkan dokumen saat ini mundur satu posisi</translation>
    </message>
    <message>
        <source>Move Document &amp;Forward</source>
        <translation>Pindahkan Dokumen Ma&amp;ju</translation>
    </message>
    <message>
        <source>Move the current document one place forward</source>
        <translation>Pindahkan dokumen saat ini maju satu posisi</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>{no_backup} The file can be moved aside, kept as it is.</source>
        <translation>{no_backup} Berkas itu dapat disisihkan dan disimpan apa adanya.</translation>
    </message>
    <message>
        <source>{no_backup} This project was also backed up at another path, {source}: the newest intact backup from there is from {when} ({contents}). If the project was moved or renamed, it is this project&apos;s. If that is a copy someone else works on, restoring it puts their work in place of this one. Restore it? The damaged file is moved aside and kept, not deleted.</source>
        <translation>{no_backup} Proyek ini juga dicadangkan di lokasi lain, {source}: cadangan utuh terbaru dari sana berasal dari {when} ({contents}). Jika proyek ini dipindahkan atau diganti namanya, cadangan itu milik proyek ini. Jika itu salinan yang dikerjakan orang lain, memulihkannya akan menempatkan pekerjaan mereka sebagai ganti pekerjaan ini. Pulihkan? Berkas yang rusak disisihkan dan disimpan, tidak dihapus.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>The newest backup that is intact is from {when} ({contents}). Restore it? The damaged file is moved aside and kept, not deleted; changes made after the backup are lost.</source>
        <translation>Cadangan utuh terbaru berasal dari {when} ({contents}). Pulihkan? Berkas yang rusak disisihkan dan disimpan, tidak dihapus; perubahan yang dibuat setelah cadangan itu akan hilang.</translation>
    </message>
    <message>
        <source>There is no backup of it to restore.</source>
        <translation>Tidak ada cadangan untuk dipulihkan.</translation>
    </message>
    <message>
        <source>Its {n} backup cannot be restored either.</source>
        <translation>{n} cadangannya juga tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>Its {n} backups cannot be restored either.</source>
        <translation>{n} cadangannya juga tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>The backup of {when} is damaged too ({reason}); nothing was changed.</source>
        <translation>Cadangan dari {when} juga rusak ({reason}); tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{path} is open in another Parallax window; close it there first.</source>
        <translation>{path} sedang terbuka di jendela Parallax lain; tutup di sana terlebih dahulu.</translation>
    </message>
    <message>
        <source>{path} cannot be locked: {reason}.</source>
        <translation>{path} tidak dapat dikunci: {reason}.</translation>
    </message>
    <message>
        <source>{path} was damaged and was moved to {moved}. The backup of {when} was put in its place but cannot be opened: {reason}</source>
        <translation>{path} rusak dan telah dipindahkan ke {moved}. Cadangan dari {when} telah ditempatkan sebagai gantinya tetapi tidak dapat dibuka: {reason}</translation>
    </message>
    <message>
        <source>{path} was damaged and was moved to {moved}. The backup of {when} was restored ({contents}); {lost}</source>
        <translation>{path} rusak dan telah dipindahkan ke {moved}. Cadangan dari {when} telah dipulihkan ({contents}); {lost}</translation>
    </message>
    <message>
        <source>{path} is damaged, and could not be moved aside to {target}: {reason}. Nothing was deleted.</source>
        <translation>{path} rusak, dan tidak dapat disisihkan ke {target}: {reason}. Tidak ada yang dihapus.</translation>
    </message>
    <message>
        <source>The backup of {when} could not be put in place of {path}: {reason}. The damaged file was kept.</source>
        <translation>Cadangan dari {when} tidak dapat ditempatkan sebagai pengganti {path}: {reason}. Berkas yang rusak tetap disimpan.</translation>
    </message>
    <message>
        <source>it holds the project as it was last saved, so nothing was lost.</source>
        <translation>cadangan itu memuat proyek seperti saat terakhir disimpan, jadi tidak ada yang hilang.</translation>
    </message>
    <message>
        <source>changes made after {when} (the damaged file was last changed at {changed}) are lost.</source>
        <translation>perubahan yang dibuat setelah {when} (berkas yang rusak terakhir diubah pada {changed}) hilang.</translation>
    </message>
    <message>
        <source>changes made after {when} are lost.</source>
        <translation>perubahan yang dibuat setelah {when} hilang.</translation>
    </message>
    <message>
        <source>The damaged file still listed {documents} and {annotations}.</source>
        <translation>Berkas yang rusak masih mencantumkan {documents} dan {annotations}.</translation>
    </message>
    <message>
        <source>{path} is damaged and was moved to {moved}; nothing was deleted. {no_backup}</source>
        <translation>{path} rusak dan telah dipindahkan ke {moved}; tidak ada yang dihapus. {no_backup}</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} dokumen</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} dokumen</translation>
    </message>
    <message>
        <source>{n} annotation</source>
        <translation>{n} anotasi</translation>
    </message>
    <message>
        <source>{n} annotations</source>
        <translation>{n} anotasi</translation>
    </message>
    <message>
        <source>{documents}, {annotations}</source>
        <translation>{documents}, {annotations}</translation>
    </message>
    <message>
        <source>A newer backup, of {when}, is damaged and was skipped.</source>
        <translation>Cadangan yang lebih baru, dari {when}, rusak dan dilewati.</translation>
    </message>
    <message>
        <source>A newer backup, of {when}, is damaged.</source>
        <translation>Cadangan yang lebih baru, dari {when}, rusak.</translation>
    </message>
    <message>
        <source>{count} newer backups are damaged and were skipped.</source>
        <translation>{count} cadangan yang lebih baru rusak dan dilewati.</translation>
    </message>
    <message>
        <source>{count} newer backups are damaged.</source>
        <translation>{count} cadangan yang lebih baru rusak.</translation>
    </message>
</context>
<context>
    <name>ReplaceText</name>
    <message>
        <source>Replace text of “{title}”</source>
        <translation>Ganti teks “{title}”</translation>
    </message>
    <message>
        <source>Replacing the text of “{title}” again…</source>
        <translation>Mengganti teks “{title}” lagi…</translation>
    </message>
    <message>
        <source>Putting back the text of “{title}”…</source>
        <translation>Mengembalikan teks “{title}”…</translation>
    </message>
    <message>
        <source>Place orphaned annotation</source>
        <translation>Tempatkan anotasi yatim</translation>
    </message>
</context>
<context>
    <name>ReplacementReview</name>
    <message>
        <source>stay in place</source>
        <translation>tetap di tempatnya</translation>
    </message>
    <message>
        <source>found by their quote</source>
        <translation>ditemukan lewat kutipannya</translation>
    </message>
    <message>
        <source>found approximately</source>
        <translation>ditemukan dengan kemiripan</translation>
    </message>
    <message>
        <source>cannot be placed (become orphans)</source>
        <translation>tidak dapat ditempatkan (menjadi yatim)</translation>
    </message>
    <message>
        <source>Found approximately</source>
        <translation>Ditemukan dengan kemiripan</translation>
    </message>
    <message>
        <source>Cannot be placed</source>
        <translation>Tidak dapat ditempatkan</translation>
    </message>
    <message>
        <source>Edit Text — {title}</source>
        <translation>Sunting Teks — {title}</translation>
    </message>
    <message>
        <source>Correct the text, then choose Review Changes: Parallax shows where each annotation will go before anything is changed.</source>
        <translation>Perbaiki teksnya, lalu pilih Tinjau Perubahan: Parallax menunjukkan letak baru setiap anotasi sebelum ada yang diubah.</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Teks dokumen</translation>
    </message>
    <message>
        <source>&amp;Review Changes…</source>
        <translation>&amp;Tinjau Perubahan…</translation>
    </message>
    <message>
        <source>Replace Text — {title}</source>
        <translation>Ganti Teks — {title}</translation>
    </message>
    <message>
        <source>Replace the text of &lt;b&gt;{title}&lt;/b&gt; ({old} characters) with the new one ({new}): “{start}”</source>
        <translation>Ganti teks &lt;b&gt;{title}&lt;/b&gt; ({old} karakter) dengan teks baru ({new}): “{start}”</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; {outcome}</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; {outcome}</translation>
    </message>
    <message>
        <source>Of its {n} annotation:</source>
        <translation>Dari {n} anotasinya:</translation>
    </message>
    <message>
        <source>Of its {n} annotations:</source>
        <translation>Dari {n} anotasinya:</translation>
    </message>
    <message>
        <source>The document has no annotations.</source>
        <translation>Dokumen ini tidak memiliki anotasi.</translation>
    </message>
    <message>
        <source>Annotations found approximately or not found</source>
        <translation>Anotasi yang ditemukan dengan kemiripan atau tidak ditemukan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Passage before</source>
        <translation>Bagian teks sebelumnya</translation>
    </message>
    <message>
        <source>Passage now</source>
        <translation>Bagian teks sekarang</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>— (kept as an orphan, to place or delete)</source>
        <translation>— (disimpan sebagai yatim, untuk ditempatkan atau dihapus)</translation>
    </message>
    <message>
        <source>“{passage}” ({score}% alike)</source>
        <translation>“{passage}” ({score}% mirip)</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Tanpa tag</translation>
    </message>
    <message>
        <source>Orphans keep their quote, tags and note and are listed for review. </source>
        <translation>Anotasi yatim tetap menyimpan kutipan, tag, dan catatannya, serta dicantumkan untuk ditinjau. </translation>
    </message>
    <message>
        <source>You can undo this (Edit → Undo).</source>
        <translation>Anda dapat mengurungkan tindakan ini (Sunting → Urungkan).</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ganti</translation>
    </message>
    <message>
        <source>Placing annotations… {done} of {total}</source>
        <translation>Menempatkan anotasi… {done} dari {total}</translation>
    </message>
    <message>
        <source>Replace Text</source>
        <translation>Ganti Teks</translation>
    </message>
    <message>
        <source>Finding where each annotation of “{title}” goes…</source>
        <translation>Mencari letak baru setiap anotasi “{title}”…</translation>
    </message>
    <message>
        <source>Text Not Replaced</source>
        <translation>Teks Tidak Diganti</translation>
    </message>
    <message>
        <source>Replacing the text of “{title}”…</source>
        <translation>Mengganti teks “{title}”…</translation>
    </message>
    <message>
        <source>Replaced the text of “{title}”: {n} annotation could not be placed.</source>
        <translation>Teks “{title}” diganti: {n} anotasi tidak dapat ditempatkan.</translation>
    </message>
    <message>
        <source>Replaced the text of “{title}”: {n} annotations could not be placed.</source>
        <translation>Teks “{title}” diganti: {n} anotasi tidak dapat ditempatkan.</translation>
    </message>
    <message>
        <source>Replaced the text of “{title}”.</source>
        <translation>Teks “{title}” diganti.</translation>
    </message>
    <message>
        <source>Replace the text of “{title}” with</source>
        <translation>Ganti teks “{title}” dengan</translation>
    </message>
    <message>
        <source>Cannot Read File</source>
        <translation>Tidak Dapat Membaca Berkas</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Membaca {name}…</translation>
    </message>
    <message>
        <source>{name} is nested too deeply.</source>
        <translation>{name} bersarang terlalu dalam.</translation>
    </message>
</context>
<context>
    <name>Replacing</name>
    <message>
        <source>The new text is empty: a document needs some text.</source>
        <translation>Teks baru kosong: dokumen memerlukan teks.</translation>
    </message>
    <message>
        <source>Nothing to replace: the new text is the same as the document&apos;s.</source>
        <translation>Tidak ada yang diganti: teks baru sama dengan teks dokumen.</translation>
    </message>
    <message>
        <source>The document is no longer in the project.</source>
        <translation>Dokumen itu sudah tidak ada dalam proyek.</translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <source>Project damaged</source>
        <translation>Proyek rusak</translation>
    </message>
    <message>
        <source>The project {file} is damaged and cannot be opened.</source>
        <translation>Proyek {file} rusak dan tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>&amp;Restore Backup</source>
        <translation>&amp;Pulihkan Cadangan</translation>
    </message>
    <message>
        <source>&amp;Move Aside</source>
        <translation>&amp;Sisihkan Berkas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Taken</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotasi</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Pulihkan dari Cadangan</translation>
    </message>
    <message>
        <source>Backups of {project}, newest first. Restoring puts the chosen backup in place of the whole project; the current state is backed up first.</source>
        <translation>Cadangan {project}, yang terbaru di atas. Pemulihan menempatkan cadangan yang dipilih sebagai pengganti seluruh proyek; keadaan saat ini dicadangkan terlebih dahulu.</translation>
    </message>
    <message>
        <source>There are no backups of {project} yet. One is made when the project opens, every 10 minutes while it changes, and when Parallax closes.</source>
        <translation>Belum ada cadangan {project}. Cadangan dibuat saat proyek dibuka, setiap 10 menit selama proyek berubah, dan saat Parallax ditutup.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Pulihkan…</translation>
    </message>
    <message>
        <source>damaged, cannot be restored: {problem}</source>
        <translation>rusak, tidak dapat dipulihkan: {problem}</translation>
    </message>
    <message>
        <source>on opening</source>
        <translation>saat dibuka</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>saat ditutup</translation>
    </message>
    <message>
        <source>every 10 minutes</source>
        <translation>setiap 10 menit</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>secara manual</translation>
    </message>
    <message>
        <source>before restoring</source>
        <translation>sebelum memulihkan</translation>
    </message>
    <message>
        <source>before upgrading</source>
        <translation>sebelum pemutakhiran</translation>
    </message>
    <message>
        <source>{n} byte</source>
        <translation>{n} byte</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} byte</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Memeriksa cadangan…</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>Membaca cadangan…</translation>
    </message>
    <message>
        <source>Upgrading the backup to this version…</source>
        <translation>Memutakhirkan cadangan ke versi ini…</translation>
    </message>
    <message>
        <source>Backing up the project as it is now…</source>
        <translation>Mencadangkan proyek dalam keadaannya saat ini…</translation>
    </message>
    <message>
        <source>Putting the backup in place of the project…</source>
        <translation>Menempatkan cadangan sebagai pengganti proyek…</translation>
    </message>
    <message>
        <source>Checking the restored project…</source>
        <translation>Memeriksa proyek yang dipulihkan…</translation>
    </message>
    <message>
        <source>Restoring the backup of {when}…</source>
        <translation>Memulihkan cadangan dari {when}…</translation>
    </message>
    <message>
        <source>Restore cancelled: the project is as it was.</source>
        <translation>Pemulihan dibatalkan: proyek tetap seperti semula.</translation>
    </message>
    <message>
        <source>Restoring failed ({error}).</source>
        <translation>Pemulihan gagal ({error}).</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} dokumen</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} dokumen</translation>
    </message>
    <message>
        <source>{n} annotation</source>
        <translation>{n} anotasi</translation>
    </message>
    <message>
        <source>{n} annotations</source>
        <translation>{n} anotasi</translation>
    </message>
    <message>
        <source>Restore the backup of {when} ({documents}, {annotations})?

The current project is backed up first, so you can come back to it by restoring that backup. The undo history is cleared.</source>
        <translation>Pulihkan cadangan dari {when} ({documents}, {annotations})?

Proyek saat ini dicadangkan terlebih dahulu, sehingga Anda dapat kembali ke keadaan ini dengan memulihkan cadangan tersebut. Riwayat urungkan akan dihapus.</translation>
    </message>
    <message>
        <source>Restored the backup of {when}; the state before it was backed up ({before}). The undo history was cleared.</source>
        <translation>Cadangan dari {when} telah dipulihkan; keadaan sebelumnya telah dicadangkan ({before}). Riwayat urungkan telah dihapus.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Type a word to look for (excluding words with “-” needs one to look for too).</source>
        <translation>Ketik kata yang ingin dicari (mengecualikan kata dengan “-” juga memerlukan kata yang dicari).</translation>
    </message>
    <message>
        <source>Type a word to look for.</source>
        <translation>Ketik kata yang ingin dicari.</translation>
    </message>
    <message>
        <source>Cannot search for “{query}”: {reason}.</source>
        <translation>Tidak dapat mencari “{query}”: {reason}.</translation>
    </message>
    <message>
        <source>The search could not run: {reason}.</source>
        <translation>Pencarian tidak dapat dijalankan: {reason}.</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <source>Words are found in any case and without accents or diacritics (“duong” finds “đường”); all of them must be in a document. “Quoted words” must be together; a word ending in * finds every word it begins; -word leaves out documents with it.</source>
        <translation>Kata dicari tanpa membedakan huruf besar-kecil dan tanpa memperhatikan aksen atau diakritik (“duong” menemukan “đường”); semua kata harus ada dalam satu dokumen. “Kata dalam tanda kutip” harus berurutan; kata yang diakhiri * menemukan setiap kata yang diawalinya; -kata mengecualikan dokumen yang memuatnya.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pencarian</translation>
    </message>
    <message>
        <source>Search all documents and notes</source>
        <translation>Cari di semua dokumen dan catatan</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <source>Tag Re&amp;sults…</source>
        <translation>Tan&amp;dai Hasil…</translation>
    </message>
    <message>
        <source>Apply tags to every ticked result, as one step you can undo</source>
        <translation>Terapkan tag ke setiap hasil yang dicentang, sebagai satu langkah yang dapat diurungkan</translation>
    </message>
    <message>
        <source>Notes  ({count})</source>
        <translation>Catatan  ({count})</translation>
    </message>
    <message>
        <source>In the note of an annotation in “{title}”</source>
        <translation>Dalam catatan sebuah anotasi di “{title}”</translation>
    </message>
    <message>
        <source>Show results in {count} more documents…</source>
        <translation>Tampilkan hasil di {count} dokumen lainnya…</translation>
    </message>
    <message>
        <source>Their passages are tagged too by “Tag Results…”</source>
        <translation>Bagian teksnya juga ikut ditandai oleh “Tandai Hasil…”</translation>
    </message>
    <message>
        <source>{n} passage</source>
        <translation>{n} bagian teks</translation>
    </message>
    <message>
        <source>{n} passages</source>
        <translation>{n} bagian teks</translation>
    </message>
    <message>
        <source>{passages} in the first {located} of {count} documents</source>
        <translation>{passages} dalam {located} dokumen pertama dari {count} dokumen</translation>
    </message>
    <message>
        <source>{passages} in {n} document</source>
        <translation>{passages} dalam {n} dokumen</translation>
    </message>
    <message>
        <source>{passages} in {n} documents</source>
        <translation>{passages} dalam {n} dokumen</translation>
    </message>
    <message>
        <source>{n} note</source>
        <translation>{n} catatan</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} catatan</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Tidak ada hasil untuk “{query}”.</translation>
    </message>
    <message>
        <source>Tag {n} Re&amp;sult…</source>
        <translation>Tan&amp;dai {n} Hasil…</translation>
    </message>
    <message>
        <source>Tag {n} Re&amp;sults…</source>
        <translation>Tan&amp;dai {n} Hasil…</translation>
    </message>
</context>
<context>
    <name>SharedAddressDialog</name>
    <message>
        <source>Open Shared Project</source>
        <translation>Buka Proyek Bersama</translation>
    </message>
    <message>
        <source>&amp;Address of a project shared on a PostgreSQL server:</source>
        <translation>&amp;Alamat proyek yang dibagikan di server PostgreSQL:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Of the form {form} (the port is 5432 when left out).</source>
        <translation>Berbentuk {form} (port 5432 bila tidak ditulis).</translation>
    </message>
    <message>
        <source>The password comes from your ~/.pgpass file or the PGPASSWORD variable; Parallax never stores it.</source>
        <translation>Kata sandi diambil dari berkas ~/.pgpass Anda atau variabel PGPASSWORD; Parallax tidak pernah menyimpannya.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Menghubungkan ke server…</translation>
    </message>
    <message>
        <source>Cannot open the shared project</source>
        <translation>Proyek bersama tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation>Basis data kosong</translation>
    </message>
    <message>
        <source>Start a new shared project in {database}?</source>
        <translation>Mulai proyek bersama baru di {database}?</translation>
    </message>
    <message>
        <source>Setting up the shared project…</source>
        <translation>Menyiapkan proyek bersama…</translation>
    </message>
    <message>
        <source>Cannot create the shared project</source>
        <translation>Proyek bersama tidak dapat dibuat</translation>
    </message>
</context>
<context>
    <name>SharedProject</name>
    <message>
        <source>{location} is not a PostgreSQL address: {reason}.</source>
        <translation>{location} bukan alamat PostgreSQL: {reason}.</translation>
    </message>
    <message>
        <source>{location} is not a PostgreSQL address of the form postgresql://user@host:port/database.</source>
        <translation>{location} bukan alamat PostgreSQL berbentuk postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The server {server} refused the password for {user} ({location}). Parallax never stores passwords: put the right one in your ~/.pgpass file (or PGPASSWORD).</source>
        <translation>Server {server} menolak kata sandi untuk {user} ({location}). Parallax tidak pernah menyimpan kata sandi: tulis yang benar di berkas ~/.pgpass Anda (atau PGPASSWORD).</translation>
    </message>
    <message>
        <source>The server {server} asks for a password for {user} ({location}). Parallax never stores passwords: put it in your ~/.pgpass file (or PGPASSWORD).</source>
        <translation>Server {server} meminta kata sandi untuk {user} ({location}). Parallax tidak pernah menyimpan kata sandi: tulis di berkas ~/.pgpass Anda (atau PGPASSWORD).</translation>
    </message>
    <message>
        <source>The server {server} has no database {database} ({location}); ask its administrator to create it.</source>
        <translation>Server {server} tidak memiliki basis data {database} ({location}); mintalah administratornya membuatnya.</translation>
    </message>
    <message>
        <source>The server {server} refused {user} ({location}): {reason}.</source>
        <translation>Server {server} menolak {user} ({location}): {reason}.</translation>
    </message>
    <message>
        <source>Cannot reach the server {server} ({location}): {reason}.</source>
        <translation>Server {server} tidak dapat dihubungi ({location}): {reason}.</translation>
    </message>
    <message>
        <source>The database {location} is not empty; a new shared project needs an empty database.</source>
        <translation>Basis data {location} tidak kosong; proyek bersama baru memerlukan basis data kosong.</translation>
    </message>
    <message>
        <source>The database {location} holds no Parallax project yet. Upload one there (parallax upload) or start a new shared project in it.</source>
        <translation>Basis data {location} belum berisi proyek Parallax. Unggah satu ke sana (parallax upload) atau mulai proyek bersama baru di dalamnya.</translation>
    </message>
    <message>
        <source>The database {location} holds tables that are not a Parallax project; it was left untouched.</source>
        <translation>Basis data {location} berisi tabel yang bukan proyek Parallax; basis data itu dibiarkan utuh.</translation>
    </message>
    <message>
        <source>The shared project {location} was set up by a newer Parallax (project schema {version}); this version reads schema {supported} and older. Nothing was changed.</source>
        <translation>Proyek bersama {location} disiapkan oleh Parallax yang lebih baru (skema proyek {version}); versi ini membaca skema {supported} dan yang lebih lama. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>the connection to the server was lost ({error})</source>
        <translation>koneksi ke server terputus ({error})</translation>
    </message>
</context>
<context>
    <name>SharedUpdates</name>
    <message>
        <source>Updated with changes made by another coder.</source>
        <translation>Diperbarui dengan perubahan dari pengode lain.</translation>
    </message>
    <message>
        <source>Lost the connection that hears other coders&apos; changes ({reason}); trying again. Their changes show once it is back.</source>
        <translation>Koneksi yang menerima perubahan pengode lain terputus ({reason}); mencoba lagi. Perubahan mereka muncul setelah koneksi pulih.</translation>
    </message>
</context>
<context>
    <name>SharedWindow</name>
    <message>
        <source>A shared project&apos;s backups and checks are its server&apos;s: ask the server&apos;s administrator (pg_dump, the server&apos;s own checks).</source>
        <translation>Cadangan dan pemeriksaan proyek bersama adalah urusan servernya: tanyakan kepada administrator server (pg_dump, pemeriksaan server sendiri).</translation>
    </message>
    <message>
        <source>{project} — shared ({location}) — Parallax</source>
        <translation>{project} — bersama ({location}) — Parallax</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Window</source>
        <translation>Jendela</translation>
    </message>
    <message>
        <source>{panel} panel</source>
        <translation>Panel {panel}</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan Keyboard</translation>
    </message>
    <message>
        <source>Find an action or a key</source>
        <translation>Cari tindakan atau tombol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Fungsinya</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>No action matches.</source>
        <translation>Tidak ada tindakan yang cocok.</translation>
    </message>
</context>
<context>
    <name>StripsView</name>
    <message>
        <source>Position in each text, start → end (right-to-left texts are not mirrored)</source>
        <translation>Posisi dalam setiap teks, awal → akhir (teks kanan-ke-kiri tidak dicerminkan)</translation>
    </message>
    <message>
        <source>Document strips</source>
        <translation>Strip dokumen</translation>
    </message>
    <message>
        <source>{percent} % into {title}</source>
        <translation>{percent}% dari awal {title}</translation>
    </message>
    <message>
        <source>{n} passage shown</source>
        <translation>{n} bagian teks ditampilkan</translation>
    </message>
    <message>
        <source>{n} passages shown</source>
        <translation>{n} bagian teks ditampilkan</translation>
    </message>
    <message>
        <source>Strips</source>
        <translation>Strip</translation>
    </message>
</context>
<context>
    <name>SuggestionsDock</name>
    <message>
        <source>Suggestions</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>F&amp;ind in Open Documents</source>
        <translation>&amp;Cari di Dokumen Terbuka</translation>
    </message>
    <message>
        <source>Look for every tag&apos;s name and aliases in the open documents</source>
        <translation>Cari nama dan alias setiap tag di dokumen yang terbuka</translation>
    </message>
    <message>
        <source>Find where tags&apos; names and aliases occur, then accept or dismiss.</source>
        <translation>Temukan tempat nama dan alias tag muncul, lalu terima atau abaikan.</translation>
    </message>
    <message>
        <source>Suggested passages</source>
        <translation>Bagian teks yang disarankan</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>Te&amp;rima</translation>
    </message>
    <message>
        <source>Tag this passage (A or Enter)</source>
        <translation>Tandai bagian teks ini (A atau Enter)</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Aba&amp;ikan</translation>
    </message>
    <message>
        <source>Do not suggest this passage again (D)</source>
        <translation>Jangan sarankan bagian teks ini lagi (D)</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>Terima Sem&amp;ua</translation>
    </message>
    <message>
        <source>Accept the current suggestion (in the list)</source>
        <translation>Terima saran saat ini (di daftar)</translation>
    </message>
    <message>
        <source>Dismiss the current suggestion (in the list)</source>
        <translation>Abaikan saran saat ini (di daftar)</translation>
    </message>
    <message>
        <source>[{language}] “{passage}” → {tag}</source>
        <translation>[{language}] “{passage}” → {tag}</translation>
    </message>
    <message>
        <source>Found as “{matched}” in {document}</source>
        <translation>Ditemukan sebagai “{matched}” di {document}</translation>
    </message>
    <message>
        <source>No suggestions: every name and alias found is coded or dismissed.</source>
        <translation>Tidak ada saran: setiap nama dan alias yang ditemukan sudah dikode atau diabaikan.</translation>
    </message>
    <message>
        <source>{n} suggested passage. A accepts, D dismisses.</source>
        <translation>{n} bagian teks disarankan. A menerima, D mengabaikan.</translation>
    </message>
    <message>
        <source>{n} suggested passages. A accepts, D dismisses.</source>
        <translation>{n} bagian teks disarankan. A menerima, D mengabaikan.</translation>
    </message>
    <message>
        <source>A document&apos;s text changed: find the suggestions again.</source>
        <translation>Teks sebuah dokumen berubah: cari saran lagi.</translation>
    </message>
</context>
<context>
    <name>Swatches</name>
    <message>
        <source>Colour {hex}</source>
        <translation>Warna {hex}</translation>
    </message>
</context>
<context>
    <name>TagActions</name>
    <message>
        <source>Tag the selected passage as {tag}</source>
        <translation>Tandai bagian teks yang dipilih sebagai {tag}</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Edit Tag</source>
        <translation>Sunting Tag</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Tag Baru</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Nama tag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Parent tag</source>
        <translation>Tag induk</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Nama lain</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Inside:</source>
        <translation>&amp;Induk:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Warna:</translation>
    </message>
    <message>
        <source>Ke&amp;y:</source>
        <translation>&amp;Tombol:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Deskripsi:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>Other names and spellings, per language (e.g. Turki · id)</source>
        <translation>Nama dan ejaan lain, per bahasa (mis. Turki · id)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(tingkat teratas)</translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation>Warna Tag</translation>
    </message>
</context>
<context>
    <name>TagKinds</name>
    <message>
        <source>actor</source>
        <comment>tag kind</comment>
        <translation>aktor</translation>
    </message>
    <message>
        <source>theme</source>
        <comment>tag kind</comment>
        <translation>tema</translation>
    </message>
    <message>
        <source>Actor</source>
        <comment>tag kind</comment>
        <translation>Aktor</translation>
    </message>
    <message>
        <source>Theme</source>
        <comment>tag kind</comment>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Aktor</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <source>Tag Selection</source>
        <translation>Tandai Pilihan</translation>
    </message>
    <message>
        <source>Type a tag name or alias…</source>
        <translation>Ketik nama tag atau alias…</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Nama tag</translation>
    </message>
    <message>
        <source>Matching tags</source>
        <translation>Tag yang cocok</translation>
    </message>
    <message>
        <source>Enter applies · Ctrl+Space ticks several · Esc cancels</source>
        <translation>Enter menerapkan · Ctrl+Space mencentang beberapa · Esc membatalkan</translation>
    </message>
    <message>
        <source>Key: {key}</source>
        <translation>Tombol: {key}</translation>
    </message>
    <message>
        <source>Create {kind} “{name}”</source>
        <translation>Buat {kind} “{name}”</translation>
    </message>
</context>
<context>
    <name>TextUtil</name>
    <message>
        <source>Language not set</source>
        <translation>Bahasa belum diatur</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>The copy of table {table} did not come out identical ({rows} rows and checksum {sha} expected, {got_rows} rows and {got_sha} written); nothing was kept.</source>
        <translation>Salinan tabel {table} tidak identik (diharapkan {rows} baris dan checksum {sha}, tertulis {got_rows} baris dan {got_sha}); tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <source>The project&apos;s database cannot be reached</source>
        <translation>Basis data proyek tidak dapat dijangkau</translation>
    </message>
    <message>
        <source>Parallax could not read from or write to the project&apos;s database: {reason}

What the window shows may be out of date. A change is shown as saved only once the database has confirmed it; try the last one again when the database can be reached.</source>
        <translation>Parallax tidak dapat membaca dari atau menulis ke basis data proyek: {reason}

Apa yang ditampilkan jendela mungkin sudah usang. Perubahan ditampilkan sebagai tersimpan hanya setelah basis data mengonfirmasinya; coba lagi perubahan terakhir setelah basis data dapat dijangkau.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>Parallax met an error it did not expect: {reason}

The last thing you did may not have been done. Your saved work is safe: every change is saved when it is made. The details below help the developers.</source>
        <translation>Parallax menemui kesalahan yang tidak terduga: {reason}

Tindakan terakhir Anda mungkin tidak terlaksana. Pekerjaan Anda yang tersimpan aman: setiap perubahan disimpan saat dibuat. Rincian di bawah membantu para pengembang.</translation>
    </message>
</context>
<context>
    <name>W3CImport</name>
    <message>
        <source>{path}: the collection&apos;s pages are not in the file (only a link to them); export the collection with its pages embedded.</source>
        <translation>{path}: halaman-halaman koleksi tidak ada di dalam berkas (hanya tautan ke sana); ekspor koleksi dengan halamannya disertakan.</translation>
    </message>
    <message>
        <source>{path}: the collection&apos;s pages after the first {count} are not in the file (only a link to them); export the collection with its pages embedded.</source>
        <translation>{path}: halaman-halaman koleksi setelah {count} halaman pertama tidak ada di dalam berkas (hanya tautan ke sana); ekspor koleksi dengan halamannya disertakan.</translation>
    </message>
    <message>
        <source>{path} is not W3C Web Annotation JSON (no Annotation, AnnotationPage or AnnotationCollection in it).</source>
        <translation>{path} bukan JSON W3C Web Annotation (tidak ada Annotation, AnnotationPage, atau AnnotationCollection di dalamnya).</translation>
    </message>
    <message>
        <source>{path}: a page&apos;s items must be a list.</source>
        <translation>{path}: items sebuah halaman harus berupa daftar.</translation>
    </message>
    <message>
        <source>is not an Annotation</source>
        <translation>bukan Annotation</translation>
    </message>
    <message>
        <source>{other} has the id {id} too</source>
        <translation>{other} juga memiliki id {id}</translation>
    </message>
    <message>
        <source>its created or modified time is not an ISO 8601 time</source>
        <translation>waktu dibuat atau diubahnya bukan waktu ISO 8601</translation>
    </message>
    <message>
        <source>has no target</source>
        <translation>tidak memiliki target</translation>
    </message>
    <message>
        <source>its target has no source</source>
        <translation>targetnya tidak memiliki source</translation>
    </message>
    <message>
        <source>its TextPositionSelector needs whole-number start and end</source>
        <translation>TextPositionSelector-nya memerlukan start dan end berupa bilangan bulat</translation>
    </message>
    <message>
        <source>its passage {start}–{end} is empty or negative</source>
        <translation>bagian teksnya {start}–{end} kosong atau negatif</translation>
    </message>
    <message>
        <source>its TextQuoteSelector has no exact text</source>
        <translation>TextQuoteSelector-nya tidak memiliki teks exact</translation>
    </message>
    <message>
        <source>has neither a TextPositionSelector nor a TextQuoteSelector</source>
        <translation>tidak memiliki TextPositionSelector maupun TextQuoteSelector</translation>
    </message>
</context>
</TS>
