<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Phím tắt…</translation>
    </message>
    <message>
        <source>Every action of the window with its keys, searchable</source>
        <translation>Mọi thao tác của cửa sổ cùng phím tắt, có thể tìm kiếm</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Dự án mới…</translation>
    </message>
    <message>
        <source>Create an empty project file and open it in place of this one</source>
        <translation>Tạo tệp dự án trống và mở thay cho dự án này</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Mở dự án…</translation>
    </message>
    <message>
        <source>Open another project file in place of this one</source>
        <translation>Mở một tệp dự án khác thay cho dự án này</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>&amp;Nhập tài liệu…</translation>
    </message>
    <message>
        <source>Add text, Markdown, web page, Word or PDF files to the project</source>
        <translation>Thêm tệp văn bản, Markdown, trang web, Word hoặc PDF vào dự án</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Nhập thư mục… (&amp;F)</translation>
    </message>
    <message>
        <source>Add every document in a folder and its subfolders to the project</source>
        <translation>Thêm mọi tài liệu trong một thư mục và các thư mục con của nó vào dự án</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>Nhập &amp;chú thích…</translation>
    </message>
    <message>
        <source>Merge annotations from W3C or project JSON, REFI-QDA, doccano, Label Studio or brat files, after a preview of what changes</source>
        <translation>Hợp nhất chú thích từ tệp W3C JSON hoặc JSON dự án, REFI-QDA, doccano, Label Studio hoặc brat, sau khi xem trước những gì sẽ thay đổi</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>&amp;Xuất chú thích…</translation>
    </message>
    <message>
        <source>Write the annotations as W3C JSON, project JSON, REFI-QDA, coded segments, doccano, Label Studio or brat</source>
        <translation>Ghi chú thích dưới dạng W3C JSON, JSON dự án, REFI-QDA, các đoạn đã mã hóa, doccano, Label Studio hoặc brat</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Put an automatic backup in place of the project; the current state is backed up first</source>
        <translation>Thay dự án bằng một bản sao lưu tự động; trạng thái hiện tại được sao lưu trước</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Close Parallax</source>
        <translation>Đóng Parallax</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Xóa chú thích</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>Xóa chú thích đang chọn</translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation>Sửa &amp;ghi chú</translation>
    </message>
    <message>
        <source>Write a note on the selected annotation</source>
        <translation>Viết ghi chú cho chú thích đang chọn</translation>
    </message>
    <message>
        <source>Tag Selection &amp;As…</source>
        <translation>&amp;Gắn thẻ cho vùng chọn…</translation>
    </message>
    <message>
        <source>Find tags by typing part of a name or alias and apply them to the selection</source>
        <translation>Tìm thẻ bằng cách gõ một phần tên hoặc bí danh, rồi áp dụng cho vùng chọn</translation>
    </message>
    <message>
        <source>&amp;New Tag…</source>
        <translation>Thẻ &amp;mới…</translation>
    </message>
    <message>
        <source>Add a tag to the codebook</source>
        <translation>Thêm thẻ vào bộ mã</translation>
    </message>
    <message>
        <source>&amp;Search All Documents…</source>
        <translation>&amp;Tìm trong mọi tài liệu…</translation>
    </message>
    <message>
        <source>Find words and phrases in every document and note, ignoring case and accents</source>
        <translation>Tìm từ và cụm từ trong mọi tài liệu và ghi chú, không phân biệt chữ hoa/thường và dấu</translation>
    </message>
    <message>
        <source>Document &amp;Properties…</source>
        <translation>Thuộc tính tài liệu… (&amp;P)</translation>
    </message>
    <message>
        <source>Edit the title, language, outlet, URL, author and date of the current document</source>
        <translation>Sửa tiêu đề, ngôn ngữ, cơ quan báo chí, URL, tác giả và ngày của tài liệu hiện tại</translation>
    </message>
    <message>
        <source>Delete Doc&amp;ument…</source>
        <translation>Xóa tài liệu… (&amp;U)</translation>
    </message>
    <message>
        <source>Remove the current document and its annotations from the project (undoable)</source>
        <translation>Gỡ tài liệu hiện tại cùng các chú thích của nó khỏi dự án (có thể hoàn tác)</translation>
    </message>
    <message>
        <source>Replace Document &amp;Text from File…</source>
        <translation>Thay &amp;văn bản tài liệu từ tệp…</translation>
    </message>
    <message>
        <source>Replace the current document&apos;s text with a new version from a file; its annotations follow their passages, and any that cannot be found are kept as orphans to review</source>
        <translation>Thay văn bản của tài liệu hiện tại bằng phiên bản mới từ một tệp; các chú thích đi theo đoạn văn của chúng, chú thích nào không tìm thấy được giữ lại làm chú thích mồ côi để xem lại</translation>
    </message>
    <message>
        <source>Review &amp;Orphaned Annotations…</source>
        <translation>Xem lại chú thích &amp;mồ côi…</translation>
    </message>
    <message>
        <source>List the annotations whose passage a replaced text no longer holds, to place or delete them</source>
        <translation>Liệt kê các chú thích có đoạn văn không còn trong văn bản đã thay, để đặt lại hoặc xóa</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Tùy &amp;chọn…</translation>
    </message>
    <message>
        <source>Your name as coder and how selections behave</source>
        <translation>Tên của bạn khi mã hóa và cách vùng chọn hoạt động</translation>
    </message>
    <message>
        <source>&amp;Check Project…</source>
        <translation>&amp;Kiểm tra dự án…</translation>
    </message>
    <message>
        <source>Check the project file&apos;s pages and references, every annotation&apos;s offsets, orphaned annotations, the search index and the backups</source>
        <translation>Kiểm tra các trang và tham chiếu của tệp dự án, vị trí (offset) của mọi chú thích, chú thích mồ côi, chỉ mục tìm kiếm và các bản sao lưu</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>&amp;Giới thiệu Parallax</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Phiên bản và giấy phép</translation>
    </message>
</context>
<context>
    <name>AnnotationInspector</name>
    <message>
        <source>Tags of the annotation</source>
        <translation>Thẻ của chú thích</translation>
    </message>
    <message>
        <source>&amp;Remove tag</source>
        <translation>Gỡ thẻ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add tag…</source>
        <translation>Thêm thẻ… (&amp;A)</translation>
    </message>
    <message>
        <source>Add a note… (saved as you type)</source>
        <translation>Thêm ghi chú… (tự động lưu khi bạn gõ)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>Xóa chú thích (&amp;D)</translation>
    </message>
    <message>
        <source>Use Selection</source>
        <translation>Dùng vùng chọn</translation>
    </message>
    <message>
        <source>Make the passage what is now selected in its pane</source>
        <translation>Đặt đoạn văn thành phần đang được chọn trong khung của nó</translation>
    </message>
    <message>
        <source>Whole Words</source>
        <translation>Trọn từ</translation>
    </message>
    <message>
        <source>Widen the passage to whole words</source>
        <translation>Mở rộng đoạn văn cho trọn từ</translation>
    </message>
    <message>
        <source>Whole Sentence</source>
        <translation>Trọn câu</translation>
    </message>
    <message>
        <source>Widen the passage to its whole sentence(s)</source>
        <translation>Mở rộng đoạn văn cho trọn (các) câu chứa nó</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>Đoạn văn:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Tài liệu:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Thẻ:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Coder:</source>
        <translation>Người mã hóa:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an annotation to see it here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Chọn một chú thích để xem tại đây.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{title} — ⚠ orphaned: not found when its text was replaced</source>
        <translation>{title} — ⚠ mồ côi: không tìm thấy khi văn bản được thay</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>created {created}, changed {updated}</source>
        <translation>tạo lúc {created}, sửa lúc {updated}</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Đang sửa…</translation>
    </message>
    <message>
        <source>Not saved — it will be tried again when you leave the note</source>
        <translation>Chưa lưu — sẽ thử lại khi bạn rời khỏi ghi chú</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Đoạn văn</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Người mã hóa</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Không có thẻ</translation>
    </message>
    <message>
        <source>Orphaned (not found when its text was replaced): {quote}</source>
        <translation>Mồ côi (không tìm thấy khi văn bản được thay): {quote}</translation>
    </message>
</context>
<context>
    <name>AnnotationsDock</name>
    <message>
        <source>Annotations</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Filter annotations by passage, tag, note…</source>
        <translation>Lọc chú thích theo đoạn văn, thẻ, ghi chú…</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>Lọc chú thích</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Hệ thống</translation>
    </message>
    <message>
        <source>Light or dark, as the system is set (and when it changes)</source>
        <translation>Sáng hoặc tối, theo thiết lập của hệ thống (kể cả khi thiết lập thay đổi)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Sáng</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Chữ tối trên nền sáng</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tối</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Chữ sáng trên nền tối</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>Giao &amp;diện</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>The automatic backup failed: {error}</source>
        <translation>Sao lưu tự động thất bại: {error}</translation>
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
        <translation>{n} đoạn văn</translation>
    </message>
    <message>
        <source>{n} passages</source>
        <translation>{n} đoạn văn</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation>Biểu đồ: {title}</translation>
    </message>
    <message>
        <source>Made with Parallax</source>
        <translation>Tạo bằng Parallax</translation>
    </message>
    <message>
        <source>The chart could not be drawn into the file.</source>
        <translation>Không thể vẽ biểu đồ vào tệp.</translation>
    </message>
    <message>
        <source>{percent} % of characters</source>
        <translation>{percent}% số ký tự</translation>
    </message>
</context>
<context>
    <name>ChartSeries</name>
    <message>
        <source>Showing the first {shown} of {total} documents.</source>
        <translation>Đang hiển thị {shown} tài liệu đầu tiên trong số {total}.</translation>
    </message>
    <message>
        <source>Showing the {shown} most used of {total} tags.</source>
        <translation>Đang hiển thị {shown} thẻ được dùng nhiều nhất trong số {total} thẻ.</translation>
    </message>
    <message>
        <source>Tag frequency per document</source>
        <translation>Tần suất thẻ theo tài liệu</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Đoạn văn</translation>
    </message>
    <message>
        <source>Coverage per kind</source>
        <translation>Độ phủ theo loại</translation>
    </message>
    <message>
        <source>% of characters covered</source>
        <translation>% ký tự được phủ</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>Tag frequency per document</source>
        <translation>Tần suất thẻ theo tài liệu</translation>
    </message>
    <message>
        <source>Coverage per kind</source>
        <translation>Độ phủ theo loại</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Chart shown</source>
        <translation>Biểu đồ đang hiển thị</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Lưu PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Lưu SVG…</translation>
    </message>
    <message>
        <source>No documents open: all documents are shown.</source>
        <translation>Không có tài liệu nào đang mở: hiển thị tất cả tài liệu.</translation>
    </message>
    <message>
        <source>{kind} passages in {document}</source>
        <translation>Đoạn văn loại {kind} trong {document}</translation>
    </message>
    <message>
        <source>“{tag}” in {document}</source>
        <translation>“{tag}” trong {document}</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Ảnh SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart as {format}</source>
        <translation>Lưu biểu đồ dạng {format}</translation>
    </message>
</context>
<context>
    <name>CodebookCommands</name>
    <message>
        <source>Create tag “{name}”</source>
        <translation>Tạo thẻ “{name}”</translation>
    </message>
    <message>
        <source>Change tag “{name}”</source>
        <translation>Thay đổi thẻ “{name}”</translation>
    </message>
    <message>
        <source>Move tag “{name}”</source>
        <translation>Di chuyển thẻ “{name}”</translation>
    </message>
    <message>
        <source>Delete tag “{name}”</source>
        <translation>Xóa thẻ “{name}”</translation>
    </message>
    <message>
        <source>Merge “{source}” into “{target}”</source>
        <translation>Hợp nhất “{source}” vào “{target}”</translation>
    </message>
</context>
<context>
    <name>CodebookDock</name>
    <message>
        <source>Codebook</source>
        <translation>Bộ mã</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Mới…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Hợp nhất…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>Create a tag (in the kind of the selected row)</source>
        <translation>Tạo thẻ (thuộc loại của hàng đang chọn)</translation>
    </message>
    <message>
        <source>Rename, recolour, re-key or describe the selected tag</source>
        <translation>Đổi tên, màu, phím hoặc mô tả của thẻ đang chọn</translation>
    </message>
    <message>
        <source>Merge the selected tag into another of its kind</source>
        <translation>Hợp nhất thẻ đang chọn vào một thẻ khác cùng loại</translation>
    </message>
    <message>
        <source>Delete the selected tag (asks when it is in use)</source>
        <translation>Xóa thẻ đang chọn (hỏi lại nếu thẻ đang được dùng)</translation>
    </message>
    <message>
        <source>Select a passage, then click a tag or press its key. Untick a tag or kind to hide its highlights.</source>
        <translation>Chọn một đoạn văn, rồi nhấp vào một thẻ hoặc nhấn phím của thẻ đó. Bỏ đánh dấu một thẻ hoặc một loại để ẩn phần tô sáng của nó.</translation>
    </message>
    <message>
        <source>⚠ {n} tag is hidden in the reader: their passages are not highlighted.</source>
        <translation>⚠ {n} thẻ đang bị ẩn trong vùng đọc: các đoạn văn của thẻ này không được tô sáng.</translation>
    </message>
    <message>
        <source>⚠ {n} tags are hidden in the reader: their passages are not highlighted.</source>
        <translation>⚠ {n} thẻ đang bị ẩn trong vùng đọc: các đoạn văn của chúng không được tô sáng.</translation>
    </message>
    <message>
        <source>Apply to Selection</source>
        <translation>Áp dụng cho vùng chọn</translation>
    </message>
</context>
<context>
    <name>CodebookFlows</name>
    <message>
        <source>{n} annotation</source>
        <translation>{n} chú thích</translation>
    </message>
    <message>
        <source>{n} annotations</source>
        <translation>{n} chú thích</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Xóa thẻ</translation>
    </message>
    <message>
        <source>“{name}” is used by {uses}. Deleting it removes it from them (the annotations themselves stay). You can undo this.</source>
        <translation>“{name}” đang được dùng trong {uses}. Xóa thẻ sẽ gỡ thẻ khỏi các chú thích đó (bản thân các chú thích vẫn được giữ). Bạn có thể hoàn tác thao tác này.</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>Hợp nhất thẻ</translation>
    </message>
    <message>
        <source>There is no other {kind} tag.</source>
        <translation>Không có thẻ {kind} nào khác.</translation>
    </message>
    <message>
        <source>Merge “{name}” ({uses}) into:</source>
        <translation>Hợp nhất “{name}” ({uses}) vào:</translation>
    </message>
    <message>
        <source>Move the {uses} of “{name}” to “{target}” and delete “{name}”? Passages that already carry both keep one. You can undo this.</source>
        <translation>Chuyển {uses} của “{name}” sang “{target}” rồi xóa “{name}”? Đoạn văn nào đã mang cả hai thẻ sẽ chỉ giữ lại một. Bạn có thể hoàn tác thao tác này.</translation>
    </message>
    <message>
        <source>Tag {n} Passage</source>
        <translation>Gắn thẻ cho {n} đoạn văn</translation>
    </message>
    <message>
        <source>Tag {n} Passages</source>
        <translation>Gắn thẻ cho {n} đoạn văn</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <source>Tag</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>column: uses of the tag in the open documents</comment>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>All</source>
        <comment>column: uses of the tag in the whole project</comment>
        <translation>Tất cả</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>“{step}” could not be undone or redone: {error}</source>
        <translation>Không thể hoàn tác hoặc làm lại “{step}”: {error}</translation>
    </message>
    <message>
        <source>Tag passage</source>
        <translation>Gắn thẻ đoạn văn</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Xóa chú thích</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Sửa ghi chú</translation>
    </message>
    <message>
        <source>Dismiss suggestion</source>
        <translation>Bỏ qua gợi ý</translation>
    </message>
    <message>
        <source>Change passage</source>
        <translation>Thay đổi đoạn văn</translation>
    </message>
    <message>
        <source>Tag {n} passage</source>
        <translation>Gắn thẻ {n} đoạn văn</translation>
    </message>
    <message>
        <source>Tag {n} passages</source>
        <translation>Gắn thẻ {n} đoạn văn</translation>
    </message>
    <message>
        <source>Edit properties of “{title}”</source>
        <translation>Sửa thuộc tính của “{title}”</translation>
    </message>
    <message>
        <source>Delete document “{title}”</source>
        <translation>Xóa tài liệu “{title}”</translation>
    </message>
</context>
<context>
    <name>CompareDock</name>
    <message>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>No passages: {caption}.</source>
        <translation>Không có đoạn văn nào: {caption}.</translation>
    </message>
</context>
<context>
    <name>CooccurrenceView</name>
    <message>
        <source>No passage carries tags of both kinds.</source>
        <translation>Không có đoạn văn nào mang thẻ của cả hai loại.</translation>
    </message>
    <message>
        <source>Whole corpus</source>
        <translation>Toàn bộ kho văn bản</translation>
    </message>
    <message>
        <source>Language: {name}</source>
        <translation>Ngôn ngữ: {name}</translation>
    </message>
    <message>
        <source>Outlet: {name}</source>
        <translation>Cơ quan báo chí: {name}</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>Đồng xuất hiện</translation>
    </message>
    <message>
        <source>The kind of tag in the rows</source>
        <translation>Loại thẻ ở các hàng</translation>
    </message>
    <message>
        <source>The kind of tag in the columns</source>
        <translation>Loại thẻ ở các cột</translation>
    </message>
    <message>
        <source>Count the passages of the whole corpus, or of part of it</source>
        <translation>Đếm các đoạn văn trong toàn bộ kho văn bản, hoặc trong một phần của nó</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>Save the table as shown as CSV</source>
        <translation>Lưu bảng như đang hiển thị dưới dạng CSV</translation>
    </message>
    <message>
        <source>Co-occurrence table</source>
        <translation>Bảng đồng xuất hiện</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Hàng</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Documents counted</source>
        <translation>Tài liệu được đếm</translation>
    </message>
    <message>
        <source>In</source>
        <comment>the documents counted</comment>
        <translation>Trong</translation>
    </message>
    <message>
        <source>No passage carries two {kind} tags.</source>
        <translation>Không có đoạn văn nào mang hai thẻ {kind}.</translation>
    </message>
    <message>
        <source>{row} with {column} in {place}</source>
        <translation>{row} với {column} trong {place}</translation>
    </message>
    <message>
        <source>{row} with {column}</source>
        <translation>{row} với {column}</translation>
    </message>
    <message>
        <source>Export Co-occurrence</source>
        <translation>Xuất bảng đồng xuất hiện</translation>
    </message>
</context>
<context>
    <name>CorpusDock</name>
    <message>
        <source>None</source>
        <comment>group by: no grouping</comment>
        <translation>Không</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Cơ quan báo chí</translation>
    </message>
    <message>
        <source>Year of publication</source>
        <translation>Năm xuất bản</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Kho văn bản</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Lọc tài liệu</translation>
    </message>
    <message>
        <source>Title, outlet, author, language or date; accents and case ignored</source>
        <translation>Tiêu đề, cơ quan báo chí, tác giả, ngôn ngữ hoặc ngày; không phân biệt dấu và chữ hoa/thường</translation>
    </message>
    <message>
        <source>Group documents by</source>
        <translation>Nhóm tài liệu theo</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Nhóm theo:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>No document matches “{text}”</source>
        <translation>Không có tài liệu nào khớp với “{text}”</translation>
    </message>
    <message>
        <source>Open Selected</source>
        <translation>Mở các tài liệu đã chọn</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb: open the document</comment>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Expand All Groups</source>
        <translation>Mở rộng tất cả nhóm</translation>
    </message>
    <message>
        <source>Collapse All Groups</source>
        <translation>Thu gọn tất cả nhóm</translation>
    </message>
    <message>
        <source>Project order</source>
        <translation>Thứ tự dự án</translation>
    </message>
    <message>
        <source>The order of the project, as imported</source>
        <translation>Thứ tự trong dự án, như khi được nhập</translation>
    </message>
</context>
<context>
    <name>CorpusModel</name>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Lang.</source>
        <comment>column: the document&apos;s language, abbreviated</comment>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Cơ quan báo chí</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Annot.</source>
        <comment>column: number of annotations, abbreviated</comment>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>open in the reader</source>
        <translation>đang mở trong vùng đọc</translation>
    </message>
    <message>
        <source>double-click to open</source>
        <translation>nhấp đúp để mở</translation>
    </message>
    <message>
        <source>{n} character</source>
        <translation>{n} ký tự</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} ký tự</translation>
    </message>
    <message>
        <source>Language not set</source>
        <translation>Chưa đặt ngôn ngữ</translation>
    </message>
    <message>
        <source>No outlet</source>
        <translation>Không có cơ quan báo chí</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Không có ngày</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Không thể ghi {path}: {error}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa được lưu</translation>
    </message>
    <message>
        <source>About Parallax</source>
        <translation>Giới thiệu Parallax</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Parallax {version}&lt;/h3&gt;&lt;p&gt;Read several texts side by side, tag passages by actor and theme, and compare how each text treats them.&lt;/p&gt;&lt;p&gt;Annotations are kept in a local SQLite project file and export as W3C Web Annotation JSON.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Parallax {version}&lt;/h3&gt;&lt;p&gt;Đọc nhiều văn bản song song, gắn thẻ các đoạn văn theo tác nhân và chủ đề, rồi so sánh cách mỗi văn bản đề cập đến chúng.&lt;/p&gt;&lt;p&gt;Chú thích được lưu trong một tệp dự án SQLite cục bộ và được xuất ra dưới dạng W3C Web Annotation JSON.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Thay đổi chưa được lưu</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Ghi chú chưa được lưu</translation>
    </message>
    <message>
        <source>A note you typed could not be saved. Close Parallax and lose it?</source>
        <translation>Không thể lưu ghi chú bạn vừa nhập. Đóng Parallax và bỏ ghi chú đó?</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document Properties</source>
        <translation>Thuộc tính tài liệu</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>date format</comment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Cơ quan báo chí</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Ngày xuất bản</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Cơ quan báo chí:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>Tác &amp;giả:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>Ngày &amp;xuất bản:</translation>
    </message>
    <message>
        <source>&amp;Edit Text…</source>
        <translation>&amp;Sửa văn bản…</translation>
    </message>
    <message>
        <source>Correct the text itself (an OCR error, a missing paragraph)</source>
        <translation>Sửa chính nội dung văn bản (lỗi OCR, đoạn bị thiếu)</translation>
    </message>
    <message>
        <source>{n} character</source>
        <translation>{n} ký tự</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} ký tự</translation>
    </message>
    <message>
        <source>{n} annotation</source>
        <translation>{n} chú thích</translation>
    </message>
    <message>
        <source>{n} annotations</source>
        <translation>{n} chú thích</translation>
    </message>
    <message>
        <source>({count} orphaned)</source>
        <translation>({count} mồ côi)</translation>
    </message>
    <message>
        <source>{characters} · {annotations}{orphans} · imported {date} from {file}</source>
        <translation>{characters} · {annotations}{orphans} · nhập ngày {date} từ {file}</translation>
    </message>
    <message>
        <source>{characters} · {annotations}{orphans} · imported {date}</source>
        <translation>{characters} · {annotations}{orphans} · nhập ngày {date}</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Tài liệu cần có tiêu đề.</translation>
    </message>
    <message>
        <source>“{date}” is not a date: write it as YYYY-MM-DD (or YYYY-MM, or YYYY).</source>
        <translation>“{date}” không phải là ngày: hãy viết theo dạng YYYY-MM-DD (hoặc YYYY-MM, hoặc YYYY).</translation>
    </message>
    <message>
        <source>“{language}” is not a language Parallax knows: type a name (Vietnamese) or a code (vi).</source>
        <translation>“{language}” không phải là ngôn ngữ mà Parallax biết: hãy gõ tên tiếng Anh của ngôn ngữ (Vietnamese) hoặc mã của nó (vi).</translation>
    </message>
    <message>
        <source>no annotations</source>
        <translation>không có chú thích</translation>
    </message>
    <message>
        <source>Delete Document</source>
        <translation>Xóa tài liệu</translation>
    </message>
    <message>
        <source>Delete “{title}” and its {annotations} from the project? You can undo this (Edit → Undo).</source>
        <translation>Xóa “{title}” cùng các chú thích của nó ({annotations}) khỏi dự án? Bạn có thể hoàn tác thao tác này (Sửa → Hoàn tác).</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <source>Document text</source>
        <translation>Văn bản tài liệu</translation>
    </message>
    <message>
        <source>Close this document</source>
        <translation>Đóng tài liệu này</translation>
    </message>
    <message>
        <source>Close document</source>
        <translation>Đóng tài liệu</translation>
    </message>
    <message>
        <source>Annotations whose passage the replaced text no longer holds: place or delete them</source>
        <translation>Các chú thích có đoạn văn không còn trong văn bản sau khi thay: hãy đặt lại hoặc xóa chúng</translation>
    </message>
    <message>
        <source>{n} annotation</source>
        <translation>{n} chú thích</translation>
    </message>
    <message>
        <source>{n} annotations</source>
        <translation>{n} chú thích</translation>
    </message>
    <message>
        <source>{n} orphaned annotation</source>
        <translation>{n} chú thích mồ côi</translation>
    </message>
    <message>
        <source>{n} orphaned annotations</source>
        <translation>{n} chú thích mồ côi</translation>
    </message>
    <message>
        <source>⚠ {orphans} — Review…</source>
        <translation>⚠ {orphans} — Xem lại…</translation>
    </message>
    <message>
        <source>Review {orphans}</source>
        <translation>Xem lại {orphans}</translation>
    </message>
    <message>
        <source>Move this document left</source>
        <translation>Chuyển tài liệu này sang trái</translation>
    </message>
    <message>
        <source>Move document left</source>
        <translation>Chuyển tài liệu sang trái</translation>
    </message>
    <message>
        <source>Move this document right</source>
        <translation>Chuyển tài liệu này sang phải</translation>
    </message>
    <message>
        <source>Move document right</source>
        <translation>Chuyển tài liệu sang phải</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Không có thẻ</translation>
    </message>
</context>
<context>
    <name>DocumentsChoice</name>
    <message>
        <source>No documents open — open documents in the reader or choose All documents.</source>
        <translation>Không có tài liệu nào đang mở — hãy mở tài liệu trong vùng đọc hoặc chọn Tất cả tài liệu.</translation>
    </message>
    <message>
        <source>No documents in this project yet.</source>
        <translation>Dự án này chưa có tài liệu nào.</translation>
    </message>
    <message>
        <source>No annotations in these documents yet.</source>
        <translation>Các tài liệu này chưa có chú thích nào.</translation>
    </message>
    <message>
        <source>No tags in the codebook yet.</source>
        <translation>Bộ mã chưa có thẻ nào.</translation>
    </message>
    <message>
        <source>No tagged passages in these documents yet.</source>
        <translation>Các tài liệu này chưa có đoạn văn nào được gắn thẻ.</translation>
    </message>
    <message>
        <source>No passages with {kind} tags in these documents.</source>
        <translation>Không có đoạn văn nào mang thẻ {kind} trong các tài liệu này.</translation>
    </message>
    <message>
        <source>{n} character</source>
        <translation>{n} ký tự</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} ký tự</translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation>Tài liệu đang mở</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tất cả tài liệu</translation>
    </message>
    <message>
        <source>Which documents to show</source>
        <translation>Hiển thị những tài liệu nào</translation>
    </message>
    <message>
        <source>Documents shown</source>
        <translation>Tài liệu được hiển thị</translation>
    </message>
    <message>
        <source>Which tags to show</source>
        <translation>Hiển thị những thẻ nào</translation>
    </message>
    <message>
        <source>Tags shown</source>
        <translation>Thẻ được hiển thị</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tất cả thẻ</translation>
    </message>
    <message>
        <source>{kind} tags</source>
        <translation>Thẻ {kind}</translation>
    </message>
</context>
<context>
    <name>EncodingReview</name>
    <message>
        <source>Check encodings</source>
        <translation>Kiểm tra bảng mã</translation>
    </message>
    <message>
        <source>Parallax is not sure how this file encodes its text. Check the preview of each; if it reads wrongly, choose another encoding.</source>
        <translation>Parallax không chắc tệp này mã hóa văn bản bằng bảng mã nào. Hãy kiểm tra bản xem trước; nếu văn bản hiển thị sai, hãy chọn bảng mã khác.</translation>
    </message>
    <message>
        <source>Parallax is not sure how these {n} files encode their text. Check the preview of each; if it reads wrongly, choose another encoding.</source>
        <translation>Parallax không chắc {n} tệp này mã hóa văn bản bằng bảng mã nào. Hãy kiểm tra bản xem trước của từng tệp; nếu văn bản hiển thị sai, hãy chọn bảng mã khác.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Bảng mã</translation>
    </message>
    <message>
        <source>Guessed from</source>
        <translation>Đoán dựa trên</translation>
    </message>
    <message>
        <source>Encoding of {file}</source>
        <translation>Bảng mã của {file}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>button: import the files</comment>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Preview of the selected file:</source>
        <translation>Xem trước tệp đang chọn:</translation>
    </message>
    <message>
        <source>{file}: choose an encoding.</source>
        <translation>{file}: hãy chọn một bảng mã.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Export Annotations</source>
        <translation>Xuất chú thích</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Đang xuất ra {name}…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Đã hủy xuất: không có gì được ghi.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Không thể ghi {path}: thư mục {folder} không tồn tại.</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is a folder.</source>
        <translation>Không thể ghi {path}: đó là một thư mục.</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is not a regular file.</source>
        <translation>Không thể ghi {path}: đó không phải là tệp thông thường.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the file is read-only.</source>
        <translation>Không thể ghi {path}: tệp này chỉ đọc.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Không thể ghi {path}: {reason}.</translation>
    </message>
    <message>
        <source>Exported {n} annotation with its documents and codebook to {path}.</source>
        <translation>Đã xuất {n} chú thích cùng tài liệu và bộ mã vào {path}.</translation>
    </message>
    <message>
        <source>Exported {n} annotations with their documents and codebook to {path}.</source>
        <translation>Đã xuất {n} chú thích cùng tài liệu và bộ mã vào {path}.</translation>
    </message>
    <message>
        <source>Exported {n} tag to {path}.</source>
        <translation>Đã xuất {n} thẻ vào {path}.</translation>
    </message>
    <message>
        <source>Exported {n} tags to {path}.</source>
        <translation>Đã xuất {n} thẻ vào {path}.</translation>
    </message>
    <message>
        <source>Exported {n} coded segment to {path}.</source>
        <translation>Đã xuất {n} đoạn đã mã hóa vào {path}.</translation>
    </message>
    <message>
        <source>Exported {n} coded segments to {path}.</source>
        <translation>Đã xuất {n} đoạn đã mã hóa vào {path}.</translation>
    </message>
    <message>
        <source>Exported {n} annotation to {path}.</source>
        <translation>Đã xuất {n} chú thích vào {path}.</translation>
    </message>
    <message>
        <source>Exported {n} annotations to {path}.</source>
        <translation>Đã xuất {n} chú thích vào {path}.</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <source>Check Project</source>
        <translation>Kiểm tra dự án</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Đang kiểm tra {file}…</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>noun</comment>
        <translation>Mục kiểm tra</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Các mục kiểm tra</translation>
    </message>
    <message>
        <source>The check could not run: {error}</source>
        <translation>Không thể chạy kiểm tra: {error}</translation>
    </message>
</context>
<context>
    <name>HeatTableView</name>
    <message>
        <source>No documents in the project yet.</source>
        <translation>Dự án chưa có tài liệu nào.</translation>
    </message>
    <message>
        <source>No tags in the codebook yet.</source>
        <translation>Bộ mã chưa có thẻ nào.</translation>
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
        <translation>Không có ngôn ngữ</translation>
    </message>
    <message>
        <source>documents without a language</source>
        <translation>các tài liệu không có ngôn ngữ</translation>
    </message>
    <message>
        <source>No outlet</source>
        <translation>Không có cơ quan báo chí</translation>
    </message>
    <message>
        <source>documents without an outlet</source>
        <translation>các tài liệu không có cơ quan báo chí</translation>
    </message>
    <message>
        <source>{percent} of the characters</source>
        <translation>{percent} số ký tự</translation>
    </message>
    <message>
        <source>{n} passage</source>
        <translation>{n} đoạn văn</translation>
    </message>
    <message>
        <source>{n} passages</source>
        <translation>{n} đoạn văn</translation>
    </message>
    <message>
        <source>{row} with {column}: {amount}</source>
        <translation>{row} với {column}: {amount}</translation>
    </message>
    <message>
        <source>{row} in {column}: {amount}</source>
        <translation>{row} trong {column}: {amount}</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Tất cả tệp (*)</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Tài liệu ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Đang tìm tệp…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Importing documents</source>
        <translation>Đang nhập tài liệu</translation>
    </message>
    <message>
        <source>Checking the encoding of {file} ({number} of {total})…</source>
        <translation>Đang kiểm tra bảng mã của {file} ({number}/{total})…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Reading {file} ({number} of {total})…</source>
        <translation>Đang đọc {file} ({number}/{total})…</translation>
    </message>
    <message>
        <source>Import the {n} Duplicate Anyway</source>
        <translation>Vẫn nhập {n} bản trùng lặp</translation>
    </message>
    <message>
        <source>Import the {n} Duplicates Anyway</source>
        <translation>Vẫn nhập {n} bản trùng lặp</translation>
    </message>
    <message>
        <source>Imported {imported} of {total} files.</source>
        <translation>Đã nhập {imported} trên {total} tệp.</translation>
    </message>
    <message>
        <source>{count} already in the project, skipped.</source>
        <translation>{count} tệp đã có trong dự án, đã bỏ qua.</translation>
    </message>
    <message>
        <source>{count} not documents Parallax reads, skipped.</source>
        <translation>{count} tệp không phải tài liệu mà Parallax đọc được, đã bỏ qua.</translation>
    </message>
    <message>
        <source>{count} could not be imported (see the details).</source>
        <translation>{count} tệp không nhập được (xem chi tiết).</translation>
    </message>
    <message>
        <source>Cancelled: {n} file was not read.</source>
        <translation>Đã hủy: {n} tệp chưa được đọc.</translation>
    </message>
    <message>
        <source>Cancelled: {n} files were not read.</source>
        <translation>Đã hủy: {n} tệp chưa được đọc.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>THẤT BẠI</translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <translation>TRÙNG LẶP</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>BỎ QUA</translation>
    </message>
    <message>
        <source>IMPORTED</source>
        <translation>ĐÃ NHẬP</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Nhập tài liệu</translation>
    </message>
    <message>
        <source>Import every document in a folder</source>
        <translation>Nhập mọi tài liệu trong một thư mục</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>Afrikaans</source>
        <translation>Tiếng Afrikaans</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>Tiếng Amharic</translation>
    </message>
    <message>
        <source>Aragonese</source>
        <translation>Tiếng Aragon</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Tiếng Ả Rập</translation>
    </message>
    <message>
        <source>Assamese</source>
        <translation>Tiếng Assam</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Tiếng Azerbaijan</translation>
    </message>
    <message>
        <source>Bashkir</source>
        <translation>Tiếng Bashkir</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Tiếng Belarus</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Tiếng Bulgaria</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>Tiếng Bengal</translation>
    </message>
    <message>
        <source>Breton</source>
        <translation>Tiếng Breton</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation>Tiếng Bosnia</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Tiếng Catalan</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tiếng Séc</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Tiếng Wales</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Tiếng Đan Mạch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tiếng Đức</translation>
    </message>
    <message>
        <source>Dzongkha</source>
        <translation>Tiếng Dzongkha</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Tiếng Hy Lạp</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Esperanto</source>
        <translation>Tiếng Esperanto</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Tiếng Tây Ban Nha</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Tiếng Estonia</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>Tiếng Basque</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Tiếng Ba Tư</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Tiếng Phần Lan</translation>
    </message>
    <message>
        <source>Faroese</source>
        <translation>Tiếng Faroe</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Tiếng Pháp</translation>
    </message>
    <message>
        <source>Western Frisian</source>
        <translation>Tiếng Frisia Tây</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>Tiếng Ireland</translation>
    </message>
    <message>
        <source>Scottish Gaelic</source>
        <translation>Tiếng Gael Scotland</translation>
    </message>
    <message>
        <source>Galician</source>
        <translation>Tiếng Galicia</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>Tiếng Gujarati</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>Tiếng Hausa</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Tiếng Do Thái</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Tiếng Hindi</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Tiếng Croatia</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Tiếng Creole Haiti</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Tiếng Hungary</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Tiếng Armenia</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Tiếng Indonesia</translation>
    </message>
    <message>
        <source>Igbo</source>
        <translation>Tiếng Igbo</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>Tiếng Iceland</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Tiếng Ý</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Tiếng Nhật</translation>
    </message>
    <message>
        <source>Javanese</source>
        <translation>Tiếng Java</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>Tiếng Georgia</translation>
    </message>
    <message>
        <source>Kabyle</source>
        <translation>Tiếng Kabyle</translation>
    </message>
    <message>
        <source>Kikuyu</source>
        <translation>Tiếng Kikuyu</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Tiếng Kazakh</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>Tiếng Khmer</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Tiếng Kannada</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Tiếng Hàn</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Tiếng Kurd</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Tiếng Kyrgyz</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Tiếng Latinh</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>Tiếng Luxembourg</translation>
    </message>
    <message>
        <source>Ganda</source>
        <translation>Tiếng Ganda</translation>
    </message>
    <message>
        <source>Ligurian</source>
        <translation>Tiếng Liguria</translation>
    </message>
    <message>
        <source>Lingala</source>
        <translation>Tiếng Lingala</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>Tiếng Lào</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Tiếng Litva</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Tiếng Latvia</translation>
    </message>
    <message>
        <source>Malagasy</source>
        <translation>Tiếng Malagasy</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Tiếng Macedonia</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>Tiếng Malayalam</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>Tiếng Mông Cổ</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>Tiếng Marathi</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Tiếng Mã Lai</translation>
    </message>
    <message>
        <source>Maltese</source>
        <translation>Tiếng Malta</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>Tiếng Miến Điện</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>Tiếng Nepal</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Tiếng Hà Lan</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>Tiếng Na Uy (Nynorsk)</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Tiếng Na Uy (Bokmål)</translation>
    </message>
    <message>
        <source>Northern Sotho</source>
        <translation>Tiếng Bắc Sotho</translation>
    </message>
    <message>
        <source>Occitan</source>
        <translation>Tiếng Occitan</translation>
    </message>
    <message>
        <source>Oromo</source>
        <translation>Tiếng Oromo</translation>
    </message>
    <message>
        <source>Odia</source>
        <translation>Tiếng Odia</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Tiếng Punjab</translation>
    </message>
    <message>
        <source>Nigerian Pidgin</source>
        <translation>Tiếng Pidgin Nigeria</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Tiếng Ba Lan</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Tiếng Pashto</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Tiếng Bồ Đào Nha</translation>
    </message>
    <message>
        <source>Quechua</source>
        <translation>Tiếng Quechua</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Tiếng Romania</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Tiếng Nga</translation>
    </message>
    <message>
        <source>Kinyarwanda</source>
        <translation>Tiếng Kinyarwanda</translation>
    </message>
    <message>
        <source>Sanskrit</source>
        <translation>Tiếng Phạn</translation>
    </message>
    <message>
        <source>Southern Kurdish</source>
        <translation>Tiếng Kurd miền Nam</translation>
    </message>
    <message>
        <source>Northern Sami</source>
        <translation>Tiếng Sami miền Bắc</translation>
    </message>
    <message>
        <source>Sinhala</source>
        <translation>Tiếng Sinhala</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Tiếng Slovak</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Tiếng Slovenia</translation>
    </message>
    <message>
        <source>Shona</source>
        <translation>Tiếng Shona</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Tiếng Somali</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Tiếng Albania</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Tiếng Serbia</translation>
    </message>
    <message>
        <source>Southern Sotho</source>
        <translation>Tiếng Nam Sotho</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Tiếng Thụy Điển</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Tiếng Swahili</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tiếng Tamil</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>Tiếng Telugu</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>Tiếng Tajik</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tiếng Thái</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>Tiếng Turkmen</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Tiếng Filipino</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Tiếng Thổ Nhĩ Kỳ</translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation>Tiếng Tatar</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>Tiếng Uyghur</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Tiếng Ukraina</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Tiếng Urdu</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Tiếng Uzbek</translation>
    </message>
    <message>
        <source>Venetian</source>
        <translation>Tiếng Veneto</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>Volapük</source>
        <translation>Tiếng Volapük</translation>
    </message>
    <message>
        <source>Walloon</source>
        <translation>Tiếng Walloon</translation>
    </message>
    <message>
        <source>Xhosa</source>
        <translation>Tiếng Xhosa</translation>
    </message>
    <message>
        <source>Yoruba</source>
        <translation>Tiếng Yoruba</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>Tiếng Quảng Đông</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Tiếng Trung</translation>
    </message>
    <message>
        <source>Zulu</source>
        <translation>Tiếng Zulu</translation>
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
        <translation>Chọn một đoạn văn, rồi nhấp vào thẻ hoặc nhấn phím của thẻ.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>T&amp;hẻ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Backed up the project automatically ({when}).</source>
        <translation>Đã tự động sao lưu dự án ({when}).</translation>
    </message>
    <message>
        <source>Select a passage in a document first.</source>
        <translation>Hãy chọn một đoạn văn trong tài liệu trước.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <source>Coding as: {coder}</source>
        <translation>Mã hóa với tên: {coder}</translation>
    </message>
    <message>
        <source>Open or select one document first.</source>
        <translation>Hãy mở hoặc chọn một tài liệu trước.</translation>
    </message>
    <message>
        <source>Select an annotation to delete first.</source>
        <translation>Hãy chọn chú thích cần xóa trước.</translation>
    </message>
    <message>
        <source>Select the new passage in the same document first.</source>
        <translation>Hãy chọn đoạn văn mới trong cùng tài liệu trước.</translation>
    </message>
    <message>
        <source>&amp;Tag Selection As</source>
        <translation>&amp;Gắn thẻ cho vùng chọn</translation>
    </message>
    <message>
        <source>Annotation “{passage}”</source>
        <translation>Chú thích “{passage}”</translation>
    </message>
    <message>
        <source>Remove Tag “{tag}”</source>
        <translation>Gỡ thẻ “{tag}”</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>Sửa ghi chú…</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Xóa chú thích</translation>
    </message>
    <message>
        <source>An import is still running.</source>
        <translation>Một lượt nhập vẫn đang chạy.</translation>
    </message>
    <message>
        <source>Imported {n} document.</source>
        <translation>Đã nhập {n} tài liệu.</translation>
    </message>
    <message>
        <source>Imported {n} documents.</source>
        <translation>Đã nhập {n} tài liệu.</translation>
    </message>
    <message>
        <source>An import of annotations is still running.</source>
        <translation>Việc nhập chú thích vẫn đang chạy.</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation>Đã nhập {file}: {summary}</translation>
    </message>
    <message>
        <source>{project} (read-only) — Parallax</source>
        <translation>{project} (chỉ đọc) — Parallax</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt;: changes cannot be saved to this file</source>
        <translation>&lt;b&gt;Chỉ đọc&lt;/b&gt;: không thể lưu thay đổi vào tệp này</translation>
    </message>
    <message>
        <source>{path} cannot be written; to work on it, copy it first.</source>
        <translation>Không thể ghi vào {path}; để làm việc với tệp này, hãy sao chép nó trước.</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Passages</source>
        <translation>Đoạn văn</translation>
    </message>
    <message>
        <source>Coverage %</source>
        <translation>Độ phủ %</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Cơ quan báo chí</translation>
    </message>
    <message>
        <source>{n} character</source>
        <translation>{n} ký tự</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} ký tự</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} tài liệu</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} tài liệu</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Ma trận</translation>
    </message>
    <message>
        <source>Passages: how many passages carry the tag.
Coverage: the share of the text&apos;s characters inside them.</source>
        <translation>Đoạn văn: số đoạn văn mang thẻ đó.
Độ phủ: tỷ lệ ký tự của văn bản nằm trong các đoạn văn đó.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>Save the table as shown (passages or coverage) as CSV</source>
        <translation>Lưu bảng như đang hiển thị (đoạn văn hoặc độ phủ) dưới dạng CSV</translation>
    </message>
    <message>
        <source>Tags by document</source>
        <translation>Thẻ theo tài liệu</translation>
    </message>
    <message>
        <source>Measure shown</source>
        <translation>Số đo được hiển thị</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <source>Share of the characters inside any tagged passage</source>
        <translation>Tỷ lệ ký tự nằm trong bất kỳ đoạn văn đã gắn thẻ nào</translation>
    </message>
    <message>
        <source>Passages with any tag, each counted once</source>
        <translation>Các đoạn văn có thẻ bất kỳ, mỗi đoạn chỉ tính một lần</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tất cả thẻ</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… và {count} tài liệu khác</translation>
    </message>
    <message>
        <source>all documents</source>
        <translation>tất cả tài liệu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Tagged passages in {place}</source>
        <translation>Các đoạn văn đã gắn thẻ trong {place}</translation>
    </message>
    <message>
        <source>{tag} in {place}</source>
        <translation>{tag} trong {place}</translation>
    </message>
    <message>
        <source>Export Matrix</source>
        <translation>Xuất ma trận</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <source>Import Annotations — {name}</source>
        <translation>Nhập chú thích — {name}</translation>
    </message>
    <message>
        <source>Nothing to import: {summary}</source>
        <translation>Không có gì để nhập: {summary}</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Đã thêm</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Đã cập nhật</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Đã bỏ qua</translation>
    </message>
    <message>
        <source>New tags</source>
        <translation>Thẻ mới</translation>
    </message>
    <message>
        <source>New documents</source>
        <translation>Tài liệu mới</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… và {count} mục khác</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Đoạn văn</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Người mã hóa</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Được giữ</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Của ta</translation>
    </message>
    <message>
        <source>Theirs (the file)</source>
        <translation>Của họ (tệp)</translation>
    </message>
    <message>
        <source>theirs</source>
        <comment>the version kept: the file&apos;s</comment>
        <translation>của họ</translation>
    </message>
    <message>
        <source>ours</source>
        <comment>the version kept: the project&apos;s</comment>
        <translation>của ta</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
</context>
<context>
    <name>MergeRun</name>
    <message>
        <source>Import Annotations</source>
        <translation>Nhập chú thích</translation>
    </message>
    <message>
        <source>{path} is nested too deeply to read.</source>
        <translation>{path} lồng nhau quá sâu, không thể đọc.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}).</source>
        <translation>Không thể đọc {path} ({error}).</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>Không có gì được nhập: {error}</translation>
    </message>
    <message>
        <source>Import annotations from {name}</source>
        <translation>Nhập chú thích từ {name}</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Đang đọc {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Importing annotations</source>
        <translation>Đang nhập chú thích</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Đang nhập {name}…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Nhập thất bại</translation>
    </message>
    <message>
        <source>{path} is not a file of annotations Parallax reads (W3C or project JSON, REFI-QDA, doccano, Label Studio, brat). Documents are imported with File → Import Documents.</source>
        <translation>{path} không phải là tệp chú thích mà Parallax đọc được (W3C hoặc JSON dự án, REFI-QDA, doccano, Label Studio, brat). Tài liệu được nhập bằng Tệp → Nhập tài liệu.</translation>
    </message>
</context>
<context>
    <name>OrphansDialog</name>
    <message>
        <source>Orphaned Annotations</source>
        <translation>Chú thích mồ côi</translation>
    </message>
    <message>
        <source>These annotations&apos; passages were not found when their document&apos;s text was replaced. Select the right passage in the document, then choose Place at Selection; or delete the annotation. Both can be undone.</source>
        <translation>Không tìm thấy đoạn văn của các chú thích này khi văn bản của tài liệu được thay. Hãy chọn đúng đoạn văn trong tài liệu, rồi chọn Đặt tại vùng chọn; hoặc xóa chú thích. Cả hai thao tác đều có thể hoàn tác.</translation>
    </message>
    <message>
        <source>Orphaned annotations</source>
        <translation>Chú thích mồ côi</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Passage (in the old text)</source>
        <translation>Đoạn văn (trong văn bản cũ)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Show Likely Place</source>
        <translation>Hiện &amp;vị trí dự đoán</translation>
    </message>
    <message>
        <source>Select where the passage probably was, in its pane</source>
        <translation>Chọn nơi đoạn văn có lẽ từng nằm, trong khung của nó</translation>
    </message>
    <message>
        <source>&amp;Place at Selection</source>
        <translation>Đặt tại vùng &amp;chọn</translation>
    </message>
    <message>
        <source>Anchor the annotation at the passage selected in its document&apos;s pane</source>
        <translation>Gắn chú thích vào đoạn văn đang được chọn trong khung của tài liệu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Delete the annotation (undoable)</source>
        <translation>Xóa chú thích (có thể hoàn tác)</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Không có thẻ</translation>
    </message>
    <message>
        <source>Orphaned Annotations ({count})</source>
        <translation>Chú thích mồ côi ({count})</translation>
    </message>
    <message>
        <source>No annotation is orphaned.</source>
        <translation>Không có chú thích mồ côi nào.</translation>
    </message>
    <message>
        <source>Selected where the passage probably was. Adjust the selection in the document if needed, then choose Place at Selection.</source>
        <translation>Đã chọn nơi đoạn văn có lẽ từng nằm. Điều chỉnh vùng chọn trong tài liệu nếu cần, rồi chọn Đặt tại vùng chọn.</translation>
    </message>
    <message>
        <source>its document</source>
        <translation>tài liệu của nó</translation>
    </message>
    <message>
        <source>Select the passage in “{title}” first.</source>
        <translation>Hãy chọn đoạn văn trong “{title}” trước.</translation>
    </message>
    <message>
        <source>{n} orphan left.</source>
        <translation>Còn {n} chú thích mồ côi.</translation>
    </message>
    <message>
        <source>{n} orphans left.</source>
        <translation>Còn {n} chú thích mồ côi.</translation>
    </message>
    <message>
        <source>No orphans left.</source>
        <translation>Không còn chú thích mồ côi nào.</translation>
    </message>
    <message>
        <source>Placed at “{quote}”.</source>
        <translation>Đã đặt tại “{quote}”.</translation>
    </message>
    <message>
        <source>Deleted the annotation on “{quote}”.</source>
        <translation>Đã xóa chú thích trên “{quote}”.</translation>
    </message>
</context>
<context>
    <name>PassagesView</name>
    <message>
        <source>Open documents</source>
        <translation>Tài liệu đang mở</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tất cả tài liệu</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Cơ quan báo chí</translation>
    </message>
    <message>
        <source>{n} passage</source>
        <translation>{n} đoạn văn</translation>
    </message>
    <message>
        <source>{n} passages</source>
        <translation>{n} đoạn văn</translation>
    </message>
    <message>
        <source>{tags} or {tag}</source>
        <translation>{tags} hoặc {tag}</translation>
    </message>
    <message>
        <source>No language</source>
        <translation>Không có ngôn ngữ</translation>
    </message>
    <message>
        <source>No outlet</source>
        <translation>Không có cơ quan báo chí</translation>
    </message>
    <message>
        <source>Passages in {title}</source>
        <translation>Đoạn văn trong {title}</translation>
    </message>
    <message>
        <source>… and {count} more (see the Annotations panel or the matrix)</source>
        <translation>… và {count} đoạn văn khác (xem bảng Chú thích hoặc ma trận)</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Đoạn văn</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Thẻ…</translation>
    </message>
    <message>
        <source>Tags to compare</source>
        <translation>Thẻ cần so sánh</translation>
    </message>
    <message>
        <source>One column per</source>
        <translation>Chia cột theo</translation>
    </message>
    <message>
        <source>Back to Tags</source>
        <translation>Quay lại thẻ</translation>
    </message>
    <message>
        <source>Passages with</source>
        <translation>Đoạn văn có thẻ</translation>
    </message>
    <message>
        <source>Choose tags…</source>
        <translation>Chọn thẻ…</translation>
    </message>
    <message>
        <source>No documents in the project yet.</source>
        <translation>Dự án chưa có tài liệu nào.</translation>
    </message>
    <message>
        <source>No tags in the codebook yet.</source>
        <translation>Bộ mã chưa có thẻ nào.</translation>
    </message>
    <message>
        <source>Choose one or more tags to compare their passages.</source>
        <translation>Chọn một hoặc nhiều thẻ để so sánh các đoạn văn của chúng.</translation>
    </message>
    <message>
        <source>No document is open in the reader: open some, or choose All documents.</source>
        <translation>Không có tài liệu nào đang mở trong vùng đọc: hãy mở vài tài liệu, hoặc chọn Tất cả tài liệu.</translation>
    </message>
    <message>
        <source>Passages tagged {tags}, in reading order.</source>
        <translation>Các đoạn văn gắn thẻ {tags}, theo thứ tự đọc.</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} columns: choose Languages or Outlets, or open the documents you want, to see them all.</source>
        <translation>Đang hiển thị {shown} cột đầu tiên trong số {total}: hãy chọn Ngôn ngữ hoặc Cơ quan báo chí, hoặc mở những tài liệu bạn cần, để xem tất cả.</translation>
    </message>
    <message>
        <source>{heading} · {n} character</source>
        <translation>{heading} · {n} ký tự</translation>
    </message>
    <message>
        <source>{heading} · {n} characters</source>
        <translation>{heading} · {n} ký tự</translation>
    </message>
    <message>
        <source>No passage tagged {tags} here.</source>
        <translation>Không có đoạn văn nào gắn thẻ {tags} ở đây.</translation>
    </message>
    <message>
        <source>{caption}: {passages}.</source>
        <translation>{caption}: {passages}.</translation>
    </message>
    <message>
        <source>{caption}: {passages} (the first {count} documents).</source>
        <translation>{caption}: {passages} ({count} tài liệu đầu tiên).</translation>
    </message>
    <message>
        <source>These passages are no longer in the project.</source>
        <translation>Các đoạn văn này không còn trong dự án.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Coder name</source>
        <translation>Tên người mã hóa</translation>
    </message>
    <message>
        <source>Recorded on every annotation you make, to tell coders apart</source>
        <translation>Được ghi vào mọi chú thích bạn tạo, để phân biệt những người mã hóa</translation>
    </message>
    <message>
        <source>Snap selections to whole words (hold Alt to select exactly)</source>
        <translation>Tự khớp vùng chọn theo trọn từ (giữ Alt để chọn chính xác)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Mặc định của hệ thống</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <source>Takes effect the next time Parallax starts.</source>
        <translation>Có hiệu lực từ lần khởi động Parallax tiếp theo.</translation>
    </message>
    <message>
        <source>Your &amp;name as coder:</source>
        <translation>&amp;Tên của bạn (người mã hóa):</translation>
    </message>
</context>
<context>
    <name>ProjectMenu</name>
    <message>
        <source>Parallax projects (*{suffix});;All files (*)</source>
        <translation>Dự án Parallax (*{suffix});;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Mở dự án</translation>
    </message>
    <message>
        <source>Untitled</source>
        <comment>the name offered for a new project</comment>
        <translation>Chưa đặt tên</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Dự án mới</translation>
    </message>
    <message>
        <source>{project} (missing)</source>
        <translation>{project} (không tìm thấy)</translation>
    </message>
    <message>
        <source>Open {path}</source>
        <translation>Mở {path}</translation>
    </message>
    <message>
        <source>{path} is not there any more</source>
        <translation>{path} không còn ở đó nữa</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Không có dự án gần đây</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Xóa danh sách</translation>
    </message>
    <message>
        <source>Forget the projects opened before</source>
        <translation>Quên các dự án đã mở trước đây</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>Tagged “{quote}” as {tags}.</source>
        <translation>Đã gắn thẻ {tags} cho “{quote}”.</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Thêm thẻ</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Gỡ thẻ</translation>
    </message>
    <message>
        <source>That annotation no longer exists.</source>
        <translation>Chú thích đó không còn tồn tại.</translation>
    </message>
    <message>
        <source>The passage is now “{quote}”.</source>
        <translation>Đoạn văn giờ là “{quote}”.</translation>
    </message>
    <message>
        <source>Deleted the annotation on “{quote}”.</source>
        <translation>Đã xóa chú thích trên “{quote}”.</translation>
    </message>
    <message>
        <source>Those passages are already tagged {tags}.</source>
        <translation>Các đoạn văn đó đã được gắn thẻ {tags}.</translation>
    </message>
    <message>
        <source>Tagged {n} passage as {tags}.</source>
        <translation>Đã gắn thẻ {tags} cho {n} đoạn văn.</translation>
    </message>
    <message>
        <source>Tagged {n} passages as {tags}.</source>
        <translation>Đã gắn thẻ {tags} cho {n} đoạn văn.</translation>
    </message>
    <message>
        <source>Deleted “{title}” and its {n} annotation.</source>
        <translation>Đã xóa “{title}” cùng {n} chú thích của tài liệu này.</translation>
    </message>
    <message>
        <source>Deleted “{title}” and its {n} annotations.</source>
        <translation>Đã xóa “{title}” cùng {n} chú thích của tài liệu này.</translation>
    </message>
    <message>
        <source>The annotation now marks “{quote}”.</source>
        <translation>Chú thích giờ đánh dấu “{quote}”.</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Chấp nhận gợi ý</translation>
    </message>
    <message>
        <source>Accept {n} suggestions</source>
        <translation>Chấp nhận {n} gợi ý</translation>
    </message>
    <message>
        <source>Created the {kind} tag “{name}”.</source>
        <translation>Đã tạo thẻ {kind} “{name}”.</translation>
    </message>
    <message>
        <source>Deleted the tag “{name}” from {n} annotation.</source>
        <translation>Đã xóa thẻ “{name}” khỏi {n} chú thích.</translation>
    </message>
    <message>
        <source>Deleted the tag “{name}” from {n} annotations.</source>
        <translation>Đã xóa thẻ “{name}” khỏi {n} chú thích.</translation>
    </message>
    <message>
        <source>Merged “{source}” into “{target}”: {n} annotation moved.</source>
        <translation>Đã hợp nhất “{source}” vào “{target}”: {n} chú thích được chuyển sang.</translation>
    </message>
    <message>
        <source>Merged “{source}” into “{target}”: {n} annotations moved.</source>
        <translation>Đã hợp nhất “{source}” vào “{target}”: {n} chú thích được chuyển sang.</translation>
    </message>
    <message>
        <source>Tag passage</source>
        <translation>Gắn thẻ đoạn văn</translation>
    </message>
    <message>
        <source>Tag {n} passage</source>
        <translation>Gắn thẻ {n} đoạn văn</translation>
    </message>
    <message>
        <source>Tag {n} passages</source>
        <translation>Gắn thẻ {n} đoạn văn</translation>
    </message>
    <message>
        <source>{action} with new tag “{name}”</source>
        <translation>{action} bằng thẻ mới “{name}”</translation>
    </message>
</context>
<context>
    <name>ProjectWindows</name>
    <message>
        <source>{file} is already open in this window.</source>
        <translation>{file} đã được mở trong cửa sổ này.</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Không thể tạo dự án</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Không thể mở dự án</translation>
    </message>
</context>
<context>
    <name>ReaderArea</name>
    <message>
        <source>No document is open.
Double-click a document in the Corpus panel to read it here.</source>
        <translation>Chưa mở tài liệu nào.
Nhấp đúp vào một tài liệu trong bảng Kho văn bản để đọc ở đây.</translation>
    </message>
    <message>
        <source>&amp;Synchronise Scrolling</source>
        <translation>Cuộn đồ&amp;ng bộ</translation>
    </message>
    <message>
        <source>Scroll all open documents together, each to the same relative position</source>
        <translation>Cuộn tất cả tài liệu đang mở cùng lúc, mỗi tài liệu đến cùng một vị trí tương đối</translation>
    </message>
    <message>
        <source>Move Document &amp;Back</source>
        <translation>Chuyển tài liệu &amp;lùi</translation>
    </message>
    <message>
        <source>Move the current document one place back</source>
        <translation>Chuyển tài liệu hiện tại lùi một vị trí</translation>
    </message>
    <message>
        <source>Move Document &amp;Forward</source>
        <translation>Chuyển tài liệu t&amp;iến</translation>
    </message>
    <message>
        <source>Move the current document one place forward</source>
        <translation>Chuyển tài liệu hiện tại tiến một vị trí</translation>
    </message>
</context>
<context>
    <name>ReplaceText</name>
    <message>
        <source>Replace text of “{title}”</source>
        <translation>Thay văn bản của “{title}”</translation>
    </message>
    <message>
        <source>Place orphaned annotation</source>
        <translation>Đặt chú thích mồ côi</translation>
    </message>
</context>
<context>
    <name>ReplacementReview</name>
    <message>
        <source>stay in place</source>
        <translation>giữ nguyên vị trí</translation>
    </message>
    <message>
        <source>found by their quote</source>
        <translation>được tìm thấy theo trích dẫn</translation>
    </message>
    <message>
        <source>found approximately</source>
        <translation>được tìm thấy gần đúng</translation>
    </message>
    <message>
        <source>cannot be placed (become orphans)</source>
        <translation>không thể đặt (trở thành mồ côi)</translation>
    </message>
    <message>
        <source>Found approximately</source>
        <translation>Tìm thấy gần đúng</translation>
    </message>
    <message>
        <source>Cannot be placed</source>
        <translation>Không thể đặt</translation>
    </message>
    <message>
        <source>Edit Text — {title}</source>
        <translation>Sửa văn bản — {title}</translation>
    </message>
    <message>
        <source>Correct the text, then choose Review Changes: Parallax shows where each annotation will go before anything is changed.</source>
        <translation>Sửa văn bản, rồi chọn Xem lại thay đổi: Parallax cho biết mỗi chú thích sẽ nằm ở đâu trước khi có bất cứ thay đổi nào.</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Văn bản tài liệu</translation>
    </message>
    <message>
        <source>&amp;Review Changes…</source>
        <translation>&amp;Xem lại thay đổi…</translation>
    </message>
    <message>
        <source>Replace Text — {title}</source>
        <translation>Thay văn bản — {title}</translation>
    </message>
    <message>
        <source>Replace the text of &lt;b&gt;{title}&lt;/b&gt; ({old} characters) with the new one ({new}): “{start}”</source>
        <translation>Thay văn bản của &lt;b&gt;{title}&lt;/b&gt; ({old} ký tự) bằng văn bản mới ({new}): “{start}”</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; {outcome}</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; {outcome}</translation>
    </message>
    <message>
        <source>Of its {n} annotation:</source>
        <translation>Trong {n} chú thích của tài liệu:</translation>
    </message>
    <message>
        <source>Of its {n} annotations:</source>
        <translation>Trong {n} chú thích của tài liệu:</translation>
    </message>
    <message>
        <source>The document has no annotations.</source>
        <translation>Tài liệu không có chú thích nào.</translation>
    </message>
    <message>
        <source>Annotations found approximately or not found</source>
        <translation>Chú thích tìm thấy gần đúng hoặc không tìm thấy</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Passage before</source>
        <translation>Đoạn văn trước đây</translation>
    </message>
    <message>
        <source>Passage now</source>
        <translation>Đoạn văn hiện tại</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>— (kept as an orphan, to place or delete)</source>
        <translation>— (giữ lại làm chú thích mồ côi, để đặt lại hoặc xóa)</translation>
    </message>
    <message>
        <source>“{passage}” ({score}% alike)</source>
        <translation>“{passage}” (giống {score}%)</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Không có thẻ</translation>
    </message>
    <message>
        <source>Orphans keep their quote, tags and note and are listed for review. </source>
        <translation>Chú thích mồ côi vẫn giữ trích dẫn, thẻ và ghi chú, và được liệt kê để xem lại. </translation>
    </message>
    <message>
        <source>You can undo this (Edit → Undo).</source>
        <translation>Bạn có thể hoàn tác thao tác này (Sửa → Hoàn tác).</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Thay thế</translation>
    </message>
    <message>
        <source>Replace Text</source>
        <translation>Thay văn bản</translation>
    </message>
    <message>
        <source>Finding where each annotation of “{title}” goes…</source>
        <translation>Đang tìm vị trí mới cho từng chú thích của “{title}”…</translation>
    </message>
    <message>
        <source>Text Not Replaced</source>
        <translation>Chưa thay văn bản</translation>
    </message>
    <message>
        <source>Replacing the text of “{title}”…</source>
        <translation>Đang thay văn bản của “{title}”…</translation>
    </message>
    <message>
        <source>Replaced the text of “{title}”: {n} annotation could not be placed.</source>
        <translation>Đã thay văn bản của “{title}”: không thể đặt {n} chú thích.</translation>
    </message>
    <message>
        <source>Replaced the text of “{title}”: {n} annotations could not be placed.</source>
        <translation>Đã thay văn bản của “{title}”: không thể đặt {n} chú thích.</translation>
    </message>
    <message>
        <source>Replaced the text of “{title}”.</source>
        <translation>Đã thay văn bản của “{title}”.</translation>
    </message>
    <message>
        <source>Replace the text of “{title}” with</source>
        <translation>Thay văn bản của “{title}” bằng</translation>
    </message>
    <message>
        <source>Cannot Read File</source>
        <translation>Không đọc được tệp</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Đang đọc {name}…</translation>
    </message>
    <message>
        <source>{name} is nested too deeply.</source>
        <translation>{name} lồng nhau quá sâu.</translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <source>Project damaged</source>
        <translation>Dự án bị hỏng</translation>
    </message>
    <message>
        <source>The project {file} is damaged and cannot be opened.</source>
        <translation>Dự án {file} bị hỏng và không thể mở.</translation>
    </message>
    <message>
        <source>&amp;Restore Backup</source>
        <translation>&amp;Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>&amp;Move Aside</source>
        <translation>&amp;Dời tệp sang bên</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Đã khôi phục bản sao lưu</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Taken</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Được tạo</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Backups of {project}, newest first. Restoring puts the chosen backup in place of the whole project; the current state is backed up first.</source>
        <translation>Các bản sao lưu của {project}, mới nhất ở trên cùng. Khôi phục sẽ thay toàn bộ dự án bằng bản sao lưu đã chọn; trạng thái hiện tại được sao lưu trước.</translation>
    </message>
    <message>
        <source>There are no backups of {project} yet. One is made when the project opens, every 10 minutes while it changes, and when Parallax closes.</source>
        <translation>Chưa có bản sao lưu nào của {project}. Bản sao lưu được tạo khi mở dự án, cứ 10 phút một lần khi dự án có thay đổi, và khi đóng Parallax.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>damaged, cannot be restored: {problem}</source>
        <translation>bị hỏng, không thể khôi phục: {problem}</translation>
    </message>
    <message>
        <source>on opening</source>
        <translation>khi mở</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>khi đóng</translation>
    </message>
    <message>
        <source>every 10 minutes</source>
        <translation>mỗi 10 phút</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>thủ công</translation>
    </message>
    <message>
        <source>before restoring</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <source>before upgrading</source>
        <translation>trước khi nâng cấp</translation>
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
        <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>Đang đọc bản sao lưu…</translation>
    </message>
    <message>
        <source>Upgrading the backup to this version…</source>
        <translation>Đang nâng cấp bản sao lưu lên phiên bản này…</translation>
    </message>
    <message>
        <source>Backing up the project as it is now…</source>
        <translation>Đang sao lưu dự án ở trạng thái hiện tại…</translation>
    </message>
    <message>
        <source>Putting the backup in place of the project…</source>
        <translation>Đang đưa bản sao lưu vào thay cho dự án…</translation>
    </message>
    <message>
        <source>Checking the restored project…</source>
        <translation>Đang kiểm tra dự án đã khôi phục…</translation>
    </message>
    <message>
        <source>Restoring the backup of {when}…</source>
        <translation>Đang khôi phục bản sao lưu lúc {when}…</translation>
    </message>
    <message>
        <source>Restore cancelled: the project is as it was.</source>
        <translation>Đã hủy khôi phục: dự án vẫn như cũ.</translation>
    </message>
    <message>
        <source>Restoring failed ({error}).</source>
        <translation>Khôi phục thất bại ({error}).</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} tài liệu</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} tài liệu</translation>
    </message>
    <message>
        <source>{n} annotation</source>
        <translation>{n} chú thích</translation>
    </message>
    <message>
        <source>{n} annotations</source>
        <translation>{n} chú thích</translation>
    </message>
    <message>
        <source>Restore the backup of {when} ({documents}, {annotations})?

The current project is backed up first, so you can come back to it by restoring that backup. The undo history is cleared.</source>
        <translation>Khôi phục bản sao lưu lúc {when} ({documents}, {annotations})?

Dự án hiện tại sẽ được sao lưu trước, nên bạn có thể quay lại trạng thái này bằng cách khôi phục bản sao lưu đó. Lịch sử hoàn tác sẽ bị xóa.</translation>
    </message>
    <message>
        <source>Restored the backup of {when}; the state before it was backed up ({before}). The undo history was cleared.</source>
        <translation>Đã khôi phục bản sao lưu lúc {when}; trạng thái trước đó đã được sao lưu ({before}). Lịch sử hoàn tác đã bị xóa.</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <source>Words are found in any case and without accents or diacritics (“duong” finds “đường”); all of them must be in a document. “Quoted words” must be together; a word ending in * finds every word it begins; -word leaves out documents with it.</source>
        <translation>Từ được tìm không phân biệt chữ hoa/thường và bỏ qua dấu (“duong” tìm được “đường”); mọi từ đều phải có trong cùng một tài liệu. “Các từ trong ngoặc kép” phải đứng liền nhau; từ kết thúc bằng * tìm mọi từ bắt đầu bằng nó; -từ loại bỏ các tài liệu chứa từ đó.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Search all documents and notes</source>
        <translation>Tìm trong mọi tài liệu và ghi chú</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <source>Tag Re&amp;sults…</source>
        <translation>Gắn thẻ &amp;kết quả…</translation>
    </message>
    <message>
        <source>Apply tags to every ticked result, as one step you can undo</source>
        <translation>Gắn thẻ cho mọi kết quả đã đánh dấu, trong một bước có thể hoàn tác</translation>
    </message>
    <message>
        <source>Notes  ({count})</source>
        <translation>Ghi chú  ({count})</translation>
    </message>
    <message>
        <source>In the note of an annotation in “{title}”</source>
        <translation>Trong ghi chú của một chú thích ở “{title}”</translation>
    </message>
    <message>
        <source>Show results in {count} more documents…</source>
        <translation>Hiện kết quả trong {count} tài liệu nữa…</translation>
    </message>
    <message>
        <source>Their passages are tagged too by “Tag Results…”</source>
        <translation>Các đoạn văn trong đó cũng được gắn thẻ bằng “Gắn thẻ kết quả…”</translation>
    </message>
    <message>
        <source>{n} passage</source>
        <translation>{n} đoạn văn</translation>
    </message>
    <message>
        <source>{n} passages</source>
        <translation>{n} đoạn văn</translation>
    </message>
    <message>
        <source>{passages} in the first {located} of {count} documents</source>
        <translation>{passages} trong {located} tài liệu đầu tiên (trên tổng số {count} tài liệu)</translation>
    </message>
    <message>
        <source>{passages} in {n} document</source>
        <translation>{passages} trong {n} tài liệu</translation>
    </message>
    <message>
        <source>{passages} in {n} documents</source>
        <translation>{passages} trong {n} tài liệu</translation>
    </message>
    <message>
        <source>{n} note</source>
        <translation>{n} ghi chú</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} ghi chú</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Không tìm thấy kết quả nào cho “{query}”.</translation>
    </message>
    <message>
        <source>Tag {n} Re&amp;sult…</source>
        <translation>Gắn thẻ {n} &amp;kết quả…</translation>
    </message>
    <message>
        <source>Tag {n} Re&amp;sults…</source>
        <translation>Gắn thẻ {n} &amp;kết quả…</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Window</source>
        <translation>Cửa sổ</translation>
    </message>
    <message>
        <source>{panel} panel</source>
        <translation>Bảng {panel}</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Find an action or a key</source>
        <translation>Tìm thao tác hoặc phím</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Chức năng</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>No action matches.</source>
        <translation>Không có thao tác nào khớp.</translation>
    </message>
</context>
<context>
    <name>StripsView</name>
    <message>
        <source>Position in each text, start → end (right-to-left texts are not mirrored)</source>
        <translation>Vị trí trong mỗi văn bản, đầu → cuối (văn bản viết từ phải sang trái không bị đảo chiều)</translation>
    </message>
    <message>
        <source>Document strips</source>
        <translation>Dải tài liệu</translation>
    </message>
    <message>
        <source>{percent} % into {title}</source>
        <translation>{percent}% tính từ đầu {title}</translation>
    </message>
    <message>
        <source>{n} passage shown</source>
        <translation>{n} đoạn văn được hiển thị</translation>
    </message>
    <message>
        <source>{n} passages shown</source>
        <translation>{n} đoạn văn được hiển thị</translation>
    </message>
    <message>
        <source>Strips</source>
        <translation>Dải</translation>
    </message>
</context>
<context>
    <name>SuggestionsDock</name>
    <message>
        <source>Suggestions</source>
        <translation>Gợi ý</translation>
    </message>
    <message>
        <source>F&amp;ind in Open Documents</source>
        <translation>Tìm trong tài liệu đang &amp;mở</translation>
    </message>
    <message>
        <source>Look for every tag&apos;s name and aliases in the open documents</source>
        <translation>Tìm tên và bí danh của mọi thẻ trong các tài liệu đang mở</translation>
    </message>
    <message>
        <source>Find where tags&apos; names and aliases occur, then accept or dismiss.</source>
        <translation>Tìm những chỗ tên và bí danh của thẻ xuất hiện, rồi chấp nhận hoặc bỏ qua.</translation>
    </message>
    <message>
        <source>Suggested passages</source>
        <translation>Các đoạn văn được gợi ý</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>&amp;Chấp nhận</translation>
    </message>
    <message>
        <source>Tag this passage (A or Enter)</source>
        <translation>Gắn thẻ đoạn văn này (A hoặc Enter)</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Bỏ qua</translation>
    </message>
    <message>
        <source>Do not suggest this passage again (D)</source>
        <translation>Không gợi ý đoạn văn này nữa (D)</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>Chấp nhận tất cả (&amp;L)</translation>
    </message>
    <message>
        <source>Accept the current suggestion (in the list)</source>
        <translation>Chấp nhận gợi ý hiện tại (trong danh sách)</translation>
    </message>
    <message>
        <source>Dismiss the current suggestion (in the list)</source>
        <translation>Bỏ qua gợi ý hiện tại (trong danh sách)</translation>
    </message>
    <message>
        <source>[{language}] “{passage}” → {tag}</source>
        <translation>[{language}] “{passage}” → {tag}</translation>
    </message>
    <message>
        <source>Found as “{matched}” in {document}</source>
        <translation>Tìm thấy dạng “{matched}” trong {document}</translation>
    </message>
    <message>
        <source>No suggestions: every name and alias found is coded or dismissed.</source>
        <translation>Không có gợi ý: mọi tên và bí danh tìm thấy đều đã được mã hóa hoặc bỏ qua.</translation>
    </message>
    <message>
        <source>{n} suggested passage. A accepts, D dismisses.</source>
        <translation>{n} đoạn văn được gợi ý. A: chấp nhận, D: bỏ qua.</translation>
    </message>
    <message>
        <source>{n} suggested passages. A accepts, D dismisses.</source>
        <translation>{n} đoạn văn được gợi ý. A: chấp nhận, D: bỏ qua.</translation>
    </message>
    <message>
        <source>A document&apos;s text changed: find the suggestions again.</source>
        <translation>Văn bản của một tài liệu đã thay đổi: hãy tìm gợi ý lại.</translation>
    </message>
</context>
<context>
    <name>TagActions</name>
    <message>
        <source>Tag the selected passage as {tag}</source>
        <translation>Gắn thẻ {tag} cho đoạn văn đang chọn</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Edit Tag</source>
        <translation>Sửa thẻ</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Thẻ mới</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Tên thẻ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Parent tag</source>
        <translation>Thẻ cha</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Tên gọi khác</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Tên khác</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Inside:</source>
        <translation>&amp;Nằm trong:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Màu:</translation>
    </message>
    <message>
        <source>Ke&amp;y:</source>
        <translation>&amp;Phím:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Mô tả (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>Tên &amp;khác:</translation>
    </message>
    <message>
        <source>Other names and spellings, per language (e.g. Turki · id)</source>
        <translation>Các tên và cách viết khác, theo từng ngôn ngữ (vd. Thổ Nhĩ Kỳ · vi)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(cấp cao nhất)</translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation>Màu thẻ</translation>
    </message>
</context>
<context>
    <name>TagKinds</name>
    <message>
        <source>actor</source>
        <comment>tag kind</comment>
        <translation>tác nhân</translation>
    </message>
    <message>
        <source>theme</source>
        <comment>tag kind</comment>
        <translation>chủ đề</translation>
    </message>
    <message>
        <source>Actor</source>
        <comment>tag kind</comment>
        <translation>Tác nhân</translation>
    </message>
    <message>
        <source>Theme</source>
        <comment>tag kind</comment>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Tác nhân</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Chủ đề</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <source>Tag Selection</source>
        <translation>Gắn thẻ cho vùng chọn</translation>
    </message>
    <message>
        <source>Type a tag name or alias…</source>
        <translation>Gõ tên thẻ hoặc tên khác…</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Tên thẻ</translation>
    </message>
    <message>
        <source>Matching tags</source>
        <translation>Các thẻ khớp</translation>
    </message>
    <message>
        <source>Enter applies · Ctrl+Space ticks several · Esc cancels</source>
        <translation>Enter để áp dụng · Ctrl+Space để đánh dấu nhiều thẻ · Esc để hủy</translation>
    </message>
    <message>
        <source>Key: {key}</source>
        <translation>Phím: {key}</translation>
    </message>
    <message>
        <source>Create {kind} “{name}”</source>
        <translation>Tạo {kind} “{name}”</translation>
    </message>
</context>
<context>
    <name>TextUtil</name>
    <message>
        <source>Language not set</source>
        <translation>Chưa đặt ngôn ngữ</translation>
    </message>
</context>
</TS>
