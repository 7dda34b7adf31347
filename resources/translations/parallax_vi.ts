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
        <source>Open &amp;Shared Project…</source>
        <translation>Mở dự án dùng chung… (&amp;S)</translation>
    </message>
    <message>
        <source>Open a project shared on a PostgreSQL server in place of this one; other coders can edit it at the same time</source>
        <translation>Mở một dự án dùng chung trên máy chủ PostgreSQL thay cho dự án này; những người mã hóa khác có thể sửa nó cùng lúc</translation>
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
        <source>&amp;Agreement Between Coders…</source>
        <translation>&amp;Mức độ đồng thuận giữa những người mã hóa…</translation>
    </message>
    <message>
        <source>Compare coders&apos; annotations: percent agreement, Cohen&apos;s κ and Krippendorff&apos;s α per tag, and their disagreements side by side</source>
        <translation>So sánh chú thích của những người mã hóa: tỷ lệ phần trăm đồng thuận, κ của Cohen và α của Krippendorff theo từng thẻ, cùng các điểm bất đồng đặt cạnh nhau</translation>
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
    <name>AgreementView</name>
    <message>
        <source>Agreement Between Coders</source>
        <translation>Mức độ đồng thuận giữa những người mã hóa</translation>
    </message>
    <message>
        <source>Co&amp;mpute</source>
        <translation>&amp;Tính</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Ký tự</translation>
    </message>
    <message>
        <source>Passages (a match overlaps by half or more)</source>
        <translation>Đoạn văn (khớp khi chồng lấn từ một nửa trở lên)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Cấ&amp;p độ:</translation>
    </message>
    <message>
        <source>Choose, then compute.</source>
        <translation>Hãy chọn, rồi tính.</translation>
    </message>
    <message>
        <source>Agreement per tag</source>
        <translation>Mức độ đồng thuận theo thẻ</translation>
    </message>
    <message>
        <source>A&amp;greement per tag:</source>
        <translation>&amp;Mức độ đồng thuận theo thẻ:</translation>
    </message>
    <message>
        <source>Pairs of coders</source>
        <translation>Các cặp người mã hóa</translation>
    </message>
    <message>
        <source>&amp;Pairs of coders, all tags:</source>
        <translation>&amp;Các cặp người mã hóa, mọi thẻ:</translation>
    </message>
    <message>
        <source>Show the disagreements between</source>
        <translation>Hiện các điểm bất đồng giữa</translation>
    </message>
    <message>
        <source>Bet&amp;ween:</source>
        <translation>&amp;Giữa:</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Bất đồng</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the passage</source>
        <translation>Nhấp đúp hoặc nhấn Enter để hiển thị đoạn văn</translation>
    </message>
    <message>
        <source>Di&amp;sagreements:</source>
        <translation>&amp;Bất đồng:</translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation>&amp;Xuất bảng dưới dạng CSV…</translation>
    </message>
    <message>
        <source>The project has changed since these figures were computed: compute again to update them.</source>
        <translation>Dự án đã thay đổi kể từ khi các số liệu này được tính: hãy tính lại để cập nhật.</translation>
    </message>
    <message>
        <source>Comparing the coders&apos; annotations…</source>
        <translation>Đang so sánh chú thích của những người mã hóa…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was computed.</source>
        <translation>Đã hủy: chưa tính gì cả.</translation>
    </message>
    <message>
        <source>Could not compute: {reason}</source>
        <translation>Không thể tính: {reason}</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Mọi người mã hóa</translation>
    </message>
    <message>
        <source>{n} disagreement on passages.</source>
        <translation>{n} điểm bất đồng về đoạn văn.</translation>
    </message>
    <message>
        <source>{n} disagreements on passages.</source>
        <translation>{n} điểm bất đồng về đoạn văn.</translation>
    </message>
    <message>
        <source>In {n} case a coder made no annotation in a chosen document: that coder is left out there.</source>
        <translation>Trong {n} trường hợp, một người mã hóa không tạo chú thích nào trong một tài liệu đã chọn: người đó không được tính ở tài liệu ấy.</translation>
    </message>
    <message>
        <source>In {n} cases a coder made no annotation in a chosen document: that coder is left out there.</source>
        <translation>Trong {n} trường hợp, một người mã hóa không tạo chú thích nào trong một tài liệu đã chọn: người đó không được tính ở tài liệu ấy.</translation>
    </message>
    <message>
        <source>&amp;Pairs of coders on “{tag}”:</source>
        <translation>&amp;Các cặp người mã hóa với “{tag}”:</translation>
    </message>
    <message>
        <source>Di&amp;sagreements, all tags ({n}):</source>
        <translation>&amp;Bất đồng, tất cả thẻ ({n}):</translation>
    </message>
    <message>
        <source>Di&amp;sagreements on “{tag}” ({n}):</source>
        <translation>&amp;Bất đồng về “{tag}” ({n}):</translation>
    </message>
    <message>
        <source>Least in step: {coder} (mean agreement with the others {percent} %).</source>
        <translation>Ít đồng thuận nhất: {coder} (mức độ đồng thuận trung bình với những người khác {percent} %).</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Xuất bảng dưới dạng CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported the table to {path}.</source>
        <translation>Đã xuất bảng vào {path}.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <source>C&amp;oders (at least two):</source>
        <translation>&amp;Người mã hóa (ít nhất hai):</translation>
    </message>
    <message>
        <source>Coders to compare</source>
        <translation>Những người mã hóa cần so sánh</translation>
    </message>
    <message>
        <source>All &amp;documents</source>
        <translation>Tất cả tài &amp;liệu</translation>
    </message>
    <message>
        <source>Only the &amp;checked documents:</source>
        <translation>Chỉ các tài liệu đã đánh &amp;dấu:</translation>
    </message>
    <message>
        <source>Documents to compare</source>
        <translation>Tài liệu cần so sánh</translation>
    </message>
    <message>
        <source>All &amp;tags</source>
        <translation>Tất cả t&amp;hẻ</translation>
    </message>
    <message>
        <source>Only the chec&amp;ked tags:</source>
        <translation>&amp;Chỉ các thẻ đã đánh dấu:</translation>
    </message>
    <message>
        <source>Tags to compare</source>
        <translation>Thẻ cần so sánh</translation>
    </message>
    <message>
        <source>{coder} ({n} annotation)</source>
        <translation>{coder} ({n} chú thích)</translation>
    </message>
    <message>
        <source>{coder} ({n} annotations)</source>
        <translation>{coder} ({n} chú thích)</translation>
    </message>
    <message>
        <source>Check at least two coders: agreement is measured between coders.</source>
        <translation>Hãy đánh dấu ít nhất hai người mã hóa: mức độ đồng thuận được đo giữa những người mã hóa.</translation>
    </message>
    <message>
        <source>Check at least one document.</source>
        <translation>Hãy đánh dấu ít nhất một tài liệu.</translation>
    </message>
    <message>
        <source>Check at least one tag.</source>
        <translation>Hãy đánh dấu ít nhất một thẻ.</translation>
    </message>
    <message>
        <source>{coders}, {documents}, {tags}</source>
        <translation>{coders}, {documents}, {tags}</translation>
    </message>
    <message>
        <source>{n} coder</source>
        <translation>{n} người mã hóa</translation>
    </message>
    <message>
        <source>{n} coders</source>
        <translation>{n} người mã hóa</translation>
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
        <source>{n} tag</source>
        <translation>{n} thẻ</translation>
    </message>
    <message>
        <source>{n} tags</source>
        <translation>{n} thẻ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>(did not code this document)</source>
        <translation>(không mã hóa tài liệu này)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>{passage} (other tags)</source>
        <translation>{passage} (thẻ khác)</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tất cả thẻ</translation>
    </message>
    <message>
        <source>{first} – {second}</source>
        <translation>{first} – {second}</translation>
    </message>
    <message>
        <source>Pair of coders</source>
        <translation>Cặp người mã hóa</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Agreement %</source>
        <translation>Đồng thuận %</translation>
    </message>
    <message>
        <source>Two of the chosen coders, compared alone on the same units as all of them</source>
        <translation>Hai trong số những người mã hóa đã chọn, so sánh riêng trên cùng các đơn vị như khi so sánh tất cả</translation>
    </message>
    <message>
        <source>Units both coders of the pair coded (in documents both coded)</source>
        <translation>Các đơn vị cả hai người trong cặp đều đã mã hóa (trong các tài liệu cả hai đều đã mã hóa)</translation>
    </message>
    <message>
        <source>Passages these two coders disagree on; choose the pair to list them below</source>
        <translation>Các đoạn văn hai người mã hóa này bất đồng; chọn cặp này để liệt kê chúng bên dưới</translation>
    </message>
    <message>
        <source>These two coders never coded the same document here: there is nothing to compare.</source>
        <translation>Hai người mã hóa này chưa từng mã hóa cùng một tài liệu ở đây: không có gì để so sánh.</translation>
    </message>
    <message>
        <source>Specific agreement %</source>
        <translation>Đồng thuận riêng %</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ của Cohen</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α của Krippendorff</translation>
    </message>
    <message>
        <source>What was compared: characters, or passages matched across coders (a match overlaps by at least half of the longer passage), coded by two coders or more</source>
        <translation>Đối tượng được so sánh: ký tự, hoặc các đoạn văn được ghép cặp giữa những người mã hóa (khớp khi chồng lấn ít nhất một nửa đoạn văn dài hơn), do hai người mã hóa trở lên mã hóa</translation>
    </message>
    <message>
        <source>How often two coders gave the same value</source>
        <translation>Tần suất hai người mã hóa cho cùng một giá trị</translation>
    </message>
    <message>
        <source>How often a coder who gave the tag was matched by another coder (ignores what nobody tagged)</source>
        <translation>Tần suất thẻ do một người mã hóa gắn cũng được một người mã hóa khác gắn (bỏ qua phần không ai gắn thẻ)</translation>
    </message>
    <message>
        <source>Agreement beyond chance between two coders</source>
        <translation>Mức độ đồng thuận vượt trên ngẫu nhiên giữa hai người mã hóa</translation>
    </message>
    <message>
        <source>Agreement beyond chance, any number of coders (nominal)</source>
        <translation>Mức độ đồng thuận vượt trên ngẫu nhiên, với số người mã hóa bất kỳ (định danh)</translation>
    </message>
    <message>
        <source>Passages the coders disagree on, listed below the table</source>
        <translation>Các đoạn văn mà những người mã hóa bất đồng, liệt kê bên dưới bảng</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ compares exactly two coders; Krippendorff&apos;s α takes any number.</source>
        <translation>κ của Cohen so sánh đúng hai người mã hóa; α của Krippendorff nhận số lượng bất kỳ.</translation>
    </message>
    <message>
        <source>Nothing was coded by two coders or more here: there is nothing to compare.</source>
        <translation>Ở đây không có gì được hai người mã hóa trở lên mã hóa: không có gì để so sánh.</translation>
    </message>
    <message>
        <source>No coder gave this tag where another coder also coded: there is nothing to measure.</source>
        <translation>Không người mã hóa nào gắn thẻ này ở chỗ mà một người mã hóa khác cũng đã mã hóa: không có gì để đo.</translation>
    </message>
    <message>
        <source>The coders gave the same value throughout: agreement cannot be told from chance, so this figure is undefined.</source>
        <translation>Những người mã hóa cho cùng một giá trị ở mọi nơi: không thể phân biệt mức độ đồng thuận với sự ngẫu nhiên, nên số liệu này không xác định.</translation>
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
    <name>Backups</name>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>không đọc được: {reason}</translation>
    </message>
    <message>
        <source>not a Parallax project</source>
        <translation>không phải dự án Parallax</translation>
    </message>
    <message>
        <source>Cannot make the backup folder {folder}: {reason}.</source>
        <translation>Không thể tạo thư mục sao lưu {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The backup written to {folder} failed its check ({reason}).</source>
        <translation>Bản sao lưu ghi vào {folder} không qua được bước kiểm tra ({reason}).</translation>
    </message>
    <message>
        <source>Could not back up {path} to {folder}: {reason}.</source>
        <translation>Không thể sao lưu {path} vào {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The backup was skipped: it needs {size} and would leave less than {reserve} free on the disk holding {folder} ({free} free now). Free some space.</source>
        <translation>Đã bỏ qua lần sao lưu: bản sao lưu cần {size} và sẽ chỉ còn chưa đến {reserve} trống trên ổ đĩa chứa {folder} (hiện còn trống {free}). Hãy giải phóng bớt dung lượng.</translation>
    </message>
    <message>
        <source>{path} is read-only: nothing can be restored into it.</source>
        <translation>{path} chỉ cho phép đọc: không thể khôi phục gì vào đó.</translation>
    </message>
    <message>
        <source>Restoring the backup of {when} failed ({reason}); the state before it is in the backup {backup}.</source>
        <translation>Khôi phục bản sao lưu lúc {when} không thành công ({reason}); trạng thái trước đó nằm trong bản sao lưu {backup}.</translation>
    </message>
    <message>
        <source>The restored project failed its check ({reason}); the state before it is in the backup {backup}.</source>
        <translation>Dự án đã khôi phục không qua được bước kiểm tra ({reason}); trạng thái trước đó nằm trong bản sao lưu {backup}.</translation>
    </message>
    <message>
        <source>The backup of {when} is damaged ({reason}); nothing was changed.</source>
        <translation>Bản sao lưu lúc {when} bị hỏng ({reason}); không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The backup of {when} cannot be read: {reason}.</source>
        <translation>Không thể đọc bản sao lưu lúc {when}: {reason}.</translation>
    </message>
    <message>
        <source>The backup of {when} cannot be used: {reason}</source>
        <translation>Không thể dùng bản sao lưu lúc {when}: {reason}</translation>
    </message>
    <message>
        <source>{path} needs upgrading for this version of Parallax, but the backup made first failed: {reason} The project was left as it was.</source>
        <translation>{path} cần được nâng cấp cho phiên bản Parallax này, nhưng bản sao lưu tạo trước đó không thành công: {reason} Dự án được giữ nguyên như cũ.</translation>
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
    <name>Codebook</name>
    <message>
        <source>A tag</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>{what} needs a name that is not empty or only spaces.</source>
        <translation>{what} cần một tên không để trống và không chỉ gồm khoảng trắng.</translation>
    </message>
    <message>
        <source>{colour} is not a colour; use the form #RRGGBB, e.g. #E41A1C.</source>
        <translation>{colour} không phải là màu; hãy dùng dạng #RRGGBB, ví dụ #E41A1C.</translation>
    </message>
    <message>
        <source>An alias</source>
        <translation>Bí danh</translation>
    </message>
    <message>
        <source>“{alias}” is listed twice as an alias.</source>
        <translation>“{alias}” được liệt kê hai lần làm bí danh.</translation>
    </message>
    <message>
        <source>That tag no longer exists.</source>
        <translation>Thẻ đó không còn tồn tại.</translation>
    </message>
    <message>
        <source>The key {shortcut} already tags “{name}”.</source>
        <translation>Phím {shortcut} đã được dùng để gắn thẻ “{name}”.</translation>
    </message>
    <message>
        <source>A tag cannot be placed inside itself or its own sub-tags.</source>
        <translation>Không thể đặt một thẻ vào bên trong chính nó hoặc các thẻ con của nó.</translation>
    </message>
    <message>
        <source>The chosen parent tag no longer exists.</source>
        <translation>Thẻ cha đã chọn không còn tồn tại.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>Không thể gộp một thẻ vào chính nó.</translation>
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
        <source>&amp;Apply to Selection</source>
        <translation>Á&amp;p dụng cho vùng chọn</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Mới…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Hợp nhất…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Xóa…</translation>
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
    <name>CodersDock</name>
    <message>
        <source>Coders</source>
        <translation>Người mã hóa</translation>
    </message>
    <message>
        <source>Space shows or hides the current coder&apos;s annotations.</source>
        <translation>Phím Space hiện hoặc ẩn chú thích của người mã hóa hiện tại.</translation>
    </message>
    <message>
        <source>Untick a coder to hide their annotations in the reader and the Annotations list. Nothing is deleted; exports and agreement use all.</source>
        <translation>Bỏ đánh dấu một người mã hóa để ẩn chú thích của họ trong vùng đọc và danh sách Chú thích. Không có gì bị xóa; việc xuất và mức độ đồng thuận vẫn dùng tất cả.</translation>
    </message>
</context>
<context>
    <name>CodersModel</name>
    <message>
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Người mã hóa</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>{coder} (you)</source>
        <translation>{coder} (bạn)</translation>
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
        <source>{count}, {orphans} of them orphaned</source>
        <translation>{count}, trong đó {orphans} mồ côi</translation>
    </message>
    <message>
        <source>shown in the reader</source>
        <translation>hiển thị trong vùng đọc</translation>
    </message>
    <message>
        <source>hidden in the reader (not deleted)</source>
        <translation>ẩn trong vùng đọc (không bị xóa)</translation>
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
        <source>&amp;Open Selected</source>
        <translation>&amp;Mở các tài liệu đã chọn</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>verb: open the document</comment>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Expand All Groups</source>
        <translation>Mở &amp;rộng tất cả nhóm</translation>
    </message>
    <message>
        <source>&amp;Collapse All Groups</source>
        <translation>&amp;Thu gọn tất cả nhóm</translation>
    </message>
    <message>
        <source>&amp;Project order</source>
        <translation>Thứ tự &amp;dự án</translation>
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
        <source>&lt;p&gt;Free software under the {licence} licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Phần mềm tự do theo giấy phép {licence}.&lt;/p&gt;</translation>
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
        <source>Show all coders</source>
        <translation>Hiện mọi người mã hóa</translation>
    </message>
    <message>
        <source>Show every coder&apos;s annotations again</source>
        <translation>Hiển thị lại chú thích của mọi người mã hóa</translation>
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
        <source>{n} coder hidden</source>
        <translation>{n} người mã hóa bị ẩn</translation>
    </message>
    <message>
        <source>{n} coders hidden</source>
        <translation>{n} người mã hóa bị ẩn</translation>
    </message>
    <message>
        <source>⚠ {hidden} ({n} passage in this document)</source>
        <translation>⚠ {hidden} ({n} đoạn văn trong tài liệu này)</translation>
    </message>
    <message>
        <source>⚠ {hidden} ({n} passages in this document)</source>
        <translation>⚠ {hidden} ({n} đoạn văn trong tài liệu này)</translation>
    </message>
    <message>
        <source>Hidden in the reader: {coders}. Nothing is deleted; the Coders panel shows or hides each coder.</source>
        <translation>Bị ẩn trong khung đọc: {coders}. Không có gì bị xóa; bảng Người mã hóa hiện hoặc ẩn từng người.</translation>
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
    <name>EncodingGuess</name>
    <message>
        <source>chosen</source>
        <translation>đã chọn</translation>
    </message>
    <message>
        <source>byte-order mark</source>
        <translation>dấu thứ tự byte (BOM)</translation>
    </message>
    <message>
        <source>pattern of zero bytes</source>
        <translation>mẫu byte 0</translation>
    </message>
    <message>
        <source>valid UTF-8</source>
        <translation>UTF-8 hợp lệ</translation>
    </message>
    <message>
        <source>detected ({coherence} coherent)</source>
        <translation>phát hiện tự động (mạch lạc {coherence})</translation>
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
    <name>Export</name>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Không thể ghi {path}: {reason}.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>đó là một thư mục</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>đó không phải là tệp thông thường</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>tệp chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>thư mục {folder} không tồn tại</translation>
    </message>
    <message>
        <source>The codebook is empty: there are no tags to export.</source>
        <translation>Bộ mã đang trống: không có thẻ nào để xuất.</translation>
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
    <name>HealthCheck</name>
    <message>
        <source>Database pages</source>
        <translation>Các trang cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>References between rows</source>
        <translation>Tham chiếu giữa các hàng</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Lược đồ</translation>
    </message>
    <message>
        <source>Annotation offsets</source>
        <translation>Vị trí (offset) chú thích</translation>
    </message>
    <message>
        <source>Orphaned annotations</source>
        <translation>Chú thích mồ côi</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Chỉ mục tìm kiếm</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>No problems found in {path}:</source>
        <translation>Không tìm thấy vấn đề nào trong {path}:</translation>
    </message>
    <message>
        <source>Nothing is damaged, but some things need your attention in {path}:</source>
        <translation>Không có gì bị hỏng, nhưng một số điều trong {path} cần bạn chú ý:</translation>
    </message>
    <message>
        <source>Problems found in {path}:</source>
        <translation>Tìm thấy vấn đề trong {path}:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ổn</translation>
    </message>
    <message>
        <source>note</source>
        <translation>lưu ý</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>VẤN ĐỀ</translation>
    </message>
    <message>
        <source>[{mark}] {check}: {summary}</source>
        <translation>[{mark}] {check}: {summary}</translation>
    </message>
    <message>
        <source>intact (integrity_check)</source>
        <translation>nguyên vẹn (integrity_check)</translation>
    </message>
    <message>
        <source>damaged (integrity_check)</source>
        <translation>bị hỏng (integrity_check)</translation>
    </message>
    <message>
        <source>every reference holds (foreign_key_check)</source>
        <translation>mọi tham chiếu đều hợp lệ (foreign_key_check)</translation>
    </message>
    <message>
        <source>{table} row {row} points to a missing {other}</source>
        <translation>hàng {row} của {table} trỏ tới một {other} không còn tồn tại</translation>
    </message>
    <message>
        <source>{n} broken reference</source>
        <translation>{n} tham chiếu bị hỏng</translation>
    </message>
    <message>
        <source>{n} broken references</source>
        <translation>{n} tham chiếu bị hỏng</translation>
    </message>
    <message>
        <source>version {version}, this Parallax&apos;s own</source>
        <translation>phiên bản {version}, đúng của Parallax này</translation>
    </message>
    <message>
        <source>version {version}; this Parallax writes {supported}</source>
        <translation>phiên bản {version}; Parallax này ghi phiên bản {supported}</translation>
    </message>
    <message>
        <source>“{title}”: annotation {uuid} at {start}–{end}</source>
        <translation>“{title}”: chú thích {uuid} tại {start}–{end}</translation>
    </message>
    <message>
        <source>every passage is where its quote says</source>
        <translation>mọi đoạn văn đều nằm đúng chỗ trích dẫn của nó cho biết</translation>
    </message>
    <message>
        <source>{n} annotation whose offsets no longer hold its quote</source>
        <translation>{n} chú thích có vị trí (offset) không còn khớp với trích dẫn</translation>
    </message>
    <message>
        <source>{n} annotations whose offsets no longer hold their quotes</source>
        <translation>{n} chú thích có vị trí (offset) không còn khớp với trích dẫn</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>{n} annotation to place or delete (Edit → Review Orphaned Annotations…)</source>
        <translation>{n} chú thích cần đặt lại hoặc xóa (Sửa → Xem lại chú thích mồ côi…)</translation>
    </message>
    <message>
        <source>{n} annotations to place or delete (Edit → Review Orphaned Annotations…)</source>
        <translation>{n} chú thích cần đặt lại hoặc xóa (Sửa → Xem lại chú thích mồ côi…)</translation>
    </message>
    <message>
        <source>not checked: {reason}; try again</source>
        <translation>chưa kiểm tra: {reason}; hãy thử lại</translation>
    </message>
    <message>
        <source>damaged: {reason}</source>
        <translation>bị hỏng: {reason}</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>nguyên vẹn</translation>
    </message>
    <message>
        <source>none yet (the window makes one on opening a changed project and every 10 minutes while it changes; or run parallax backup)</source>
        <translation>chưa có (cửa sổ tạo một bản khi mở một dự án đã thay đổi và cứ 10 phút một lần trong lúc dự án thay đổi; hoặc chạy parallax backup)</translation>
    </message>
    <message>
        <source>{n} backup, the newest of {when}</source>
        <translation>{n} bản sao lưu, bản mới nhất lúc {when}</translation>
    </message>
    <message>
        <source>{n} backups, the newest of {when}</source>
        <translation>{n} bản sao lưu, bản mới nhất lúc {when}</translation>
    </message>
    <message>
        <source>{summary}; {count} cannot be read</source>
        <translation>{summary}; {count} bản không đọc được</translation>
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
    <name>HiddenCodersNotice</name>
    <message>
        <source>Show all</source>
        <translation>Hiển thị tất cả</translation>
    </message>
    <message>
        <source>Show every coder&apos;s annotations again</source>
        <translation>Hiển thị lại chú thích của mọi người mã hóa</translation>
    </message>
    <message>
        <source>Show all coders&apos; annotations</source>
        <translation>Hiển thị chú thích của tất cả người mã hóa</translation>
    </message>
    <message>
        <source>⚠ Hiding {n} coder&apos;s annotations ({total})</source>
        <translation>⚠ Đang ẩn chú thích của {n} người mã hóa ({total})</translation>
    </message>
    <message>
        <source>⚠ Hiding {n} coders&apos; annotations ({total})</source>
        <translation>⚠ Đang ẩn chú thích của {n} người mã hóa ({total})</translation>
    </message>
    <message>
        <source>Hidden in the reader and the Annotations list: {coders}. Nothing is deleted; exports, analysis and agreement use every annotation.</source>
        <translation>Đang ẩn trong vùng đọc và danh sách Chú thích: {coders}. Không có gì bị xóa; việc xuất, phân tích và mức độ đồng thuận vẫn dùng mọi chú thích.</translation>
    </message>
</context>
<context>
    <name>ImportFailure</name>
    <message>
        <source>is {size}; {what} may be at most {limit}</source>
        <translation>có dung lượng {size}; {what} chỉ được tối đa {limit}</translation>
    </message>
    <message>
        <source>is a folder, not {what}</source>
        <translation>là một thư mục, không phải {what}</translation>
    </message>
    <message>
        <source>does not exist (moved or deleted?)</source>
        <translation>không tồn tại (đã bị di chuyển hoặc xóa?)</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>không đọc được: {reason}</translation>
    </message>
    <message>
        <source>is a damaged Word document ({reason})</source>
        <translation>là một tài liệu Word bị hỏng ({reason})</translation>
    </message>
    <message>
        <source>is not a readable Word document ({reason})</source>
        <translation>không phải là tài liệu Word đọc được ({reason})</translation>
    </message>
    <message>
        <source>is an EPUB e-book with no chapters in its reading order</source>
        <translation>là một sách điện tử EPUB không có chương nào trong thứ tự đọc</translation>
    </message>
    <message>
        <source>is protected by DRM (its chapters are encrypted), so Parallax cannot read it; import a DRM-free copy instead</source>
        <translation>được bảo vệ bằng DRM (các chương đã bị mã hóa), nên Parallax không thể đọc; hãy nhập một bản không có DRM</translation>
    </message>
    <message>
        <source>holds a character reference (&amp;#…;) of thousands of digits, which is no character</source>
        <translation>chứa một tham chiếu ký tự (&amp;#…;) dài hàng nghìn chữ số, không ứng với ký tự nào</translation>
    </message>
    <message>
        <source>has markup that cannot be read ({reason})</source>
        <translation>có mã đánh dấu không đọc được ({reason})</translation>
    </message>
    <message>
        <source>is a password-protected OpenDocument file; save an unprotected copy and import that</source>
        <translation>là một tệp OpenDocument có mật khẩu; hãy lưu một bản không có bảo vệ rồi nhập bản đó</translation>
    </message>
    <message>
        <source>is nested too deeply to read</source>
        <translation>lồng nhau quá sâu để đọc được</translation>
    </message>
    <message>
        <source>is a damaged PDF ({reason})</source>
        <translation>là một tệp PDF bị hỏng ({reason})</translation>
    </message>
    <message>
        <source>is not a PDF file</source>
        <translation>không phải là tệp PDF</translation>
    </message>
    <message>
        <source>is an encrypted PDF; save an unprotected copy and import that</source>
        <translation>là một tệp PDF đã mã hóa; hãy lưu một bản không có bảo vệ rồi nhập bản đó</translation>
    </message>
    <message>
        <source>has no text layer (scanned pages?): Parallax needs text; run OCR on it first</source>
        <translation>không có lớp văn bản (trang được quét?): Parallax cần văn bản; hãy chạy OCR cho tệp trước</translation>
    </message>
    <message>
        <source>is not valid {encoding}: byte {byte} at offset {offset} cannot be decoded</source>
        <translation>không phải {encoding} hợp lệ: không giải mã được byte {byte} tại vị trí {offset}</translation>
    </message>
    <message>
        <source>“{encoding}” is not an encoding Python knows</source>
        <translation>“{encoding}” không phải là bảng mã mà Python biết</translation>
    </message>
    <message>
        <source>looks like a binary file, not text</source>
        <translation>có vẻ là tệp nhị phân, không phải văn bản</translation>
    </message>
    <message>
        <source>could not be decoded as text in any common encoding</source>
        <translation>không giải mã được thành văn bản với bất kỳ bảng mã thông dụng nào</translation>
    </message>
    <message>
        <source>has no text</source>
        <translation>không có văn bản</translation>
    </message>
    <message>
        <source>is not a format Parallax imports (it reads {formats})</source>
        <translation>không phải định dạng Parallax nhập được (Parallax đọc {formats})</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>tài liệu</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>trống</translation>
    </message>
    <message>
        <source>is not a readable {kind} (not a zip archive, or a damaged one)</source>
        <translation>không phải {kind} đọc được (không phải tệp nén zip, hoặc tệp zip bị hỏng)</translation>
    </message>
    <message>
        <source>is a damaged {kind}: {name} is missing</source>
        <translation>là {kind} bị hỏng: thiếu {name}</translation>
    </message>
    <message>
        <source>is a damaged {kind} ({name}: {reason})</source>
        <translation>là {kind} bị hỏng ({name}: {reason})</translation>
    </message>
    <message>
        <source>has a part ({name}) that is encrypted or compressed in a way Parallax cannot unpack</source>
        <translation>có một phần ({name}) được mã hóa hoặc nén theo cách Parallax không giải nén được</translation>
    </message>
    <message>
        <source>would unpack to more than {size} MB, which Parallax refuses (a damaged file or a “zip bomb”)</source>
        <translation>sẽ giải nén ra hơn {size} MB, điều Parallax từ chối (tệp bị hỏng hoặc “bom zip”)</translation>
    </message>
    <message>
        <source>has a part ({name}) that would unpack to over {ratio} times its packed size, which Parallax refuses (a damaged file or a “zip bomb”)</source>
        <translation>có một phần ({name}) sẽ giải nén ra lớn hơn {ratio} lần kích thước nén, điều Parallax từ chối (tệp bị hỏng hoặc “bom zip”)</translation>
    </message>
    <message>
        <source>holds {count} entries; Parallax refuses archives of more than {limit} (a damaged file or a “zip bomb”)</source>
        <translation>chứa {count} mục; Parallax từ chối tệp nén có hơn {limit} mục (tệp bị hỏng hoặc “bom zip”)</translation>
    </message>
    <message>
        <source>holds an entry with an absolute path (“{name}”), which Parallax refuses</source>
        <translation>chứa một mục có đường dẫn tuyệt đối (“{name}”), điều Parallax từ chối</translation>
    </message>
    <message>
        <source>holds an entry whose path leads out of its folder (“{name}”), which Parallax refuses</source>
        <translation>chứa một mục có đường dẫn đi ra ngoài thư mục của nó (“{name}”), điều Parallax từ chối</translation>
    </message>
    <message>
        <source>holds a symbolic link (“{name}”), which Parallax refuses</source>
        <translation>chứa một liên kết tượng trưng (“{name}”), điều Parallax từ chối</translation>
    </message>
    <message>
        <source>lists the entry “{name}” twice, which Parallax refuses</source>
        <translation>liệt kê mục “{name}” hai lần, điều Parallax từ chối</translation>
    </message>
    <message>
        <source>has XML ({name}) that declares entities or external references, which Parallax refuses to read (they can hide an “XML bomb”)</source>
        <translation>có XML ({name}) khai báo thực thể hoặc tham chiếu bên ngoài, điều Parallax từ chối đọc (chúng có thể ẩn một “bom XML”)</translation>
    </message>
    <message>
        <source>is a damaged {kind}: {name} is not well-formed XML ({reason})</source>
        <translation>là {kind} bị hỏng: {name} không phải XML đúng cú pháp ({reason})</translation>
    </message>
    <message>
        <source>is a damaged {kind}: {name} declares an encoding its XML cannot be read in ({reason})</source>
        <translation>là {kind} bị hỏng: {name} khai báo một bảng mã không dùng được để đọc XML của nó ({reason})</translation>
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
        <translation>Không thể nhập {file} dưới dạng {format}:</translation>
    </message>
    <message>
        <source>… and {n} more problem.</source>
        <translation>… và {n} vấn đề khác.</translation>
    </message>
    <message>
        <source>… and {n} more problems.</source>
        <translation>… và {n} vấn đề khác.</translation>
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
        <source>Import stopped</source>
        <translation>Đã dừng nhập</translation>
    </message>
    <message>
        <source>The import stopped: {reason}</source>
        <translation>Quá trình nhập đã dừng: {reason}</translation>
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
    <name>Importing</name>
    <message>
        <source>not a format Parallax imports</source>
        <translation>không phải định dạng Parallax nhập được</translation>
    </message>
    <message>
        <source>skipped: {reason}</source>
        <translation>đã bỏ qua: {reason}</translation>
    </message>
    <message>
        <source>is nested too deeply to read</source>
        <translation>lồng nhau quá sâu để đọc được</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} ký tự</translation>
    </message>
    <message>
        <source>language {language}</source>
        <translation>ngôn ngữ {language}</translation>
    </message>
    <message>
        <source>read as {encoding}</source>
        <translation>đọc theo bảng mã {encoding}</translation>
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
        <source>Edit &amp;Note…</source>
        <translation>Sửa &amp;ghi chú…</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Xóa chú thích</translation>
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
    <name>Merge</name>
    <message>
        <source>{n} annotation added, {updated} updated, {unchanged} already in the project.</source>
        <translation>Đã thêm {n} chú thích, cập nhật {updated}, {unchanged} đã có trong dự án.</translation>
    </message>
    <message>
        <source>{n} annotations added, {updated} updated, {unchanged} already in the project.</source>
        <translation>Đã thêm {n} chú thích, cập nhật {updated}, {unchanged} đã có trong dự án.</translation>
    </message>
    <message>
        <source>Documents: {documents} added, {matched_documents} matched. Tags: {tags} created, {matched_tags} matched.</source>
        <translation>Tài liệu: thêm {documents}, khớp {matched_documents}. Thẻ: tạo {tags}, khớp {matched_tags}.</translation>
    </message>
    <message>
        <source>{n} annotation found by their quote.</source>
        <translation>{n} chú thích được tìm thấy nhờ trích dẫn.</translation>
    </message>
    <message>
        <source>{n} annotations found by their quote.</source>
        <translation>{n} chú thích được tìm thấy nhờ trích dẫn.</translation>
    </message>
    <message>
        <source>{n} added annotation has no coder name (the file names none): it is listed as “(no name)” under Coders.</source>
        <translation>{n} chú thích được thêm không có tên người mã hóa (tệp không ghi tên nào): chú thích này được liệt kê là “(chưa có tên)” trong bảng Người mã hóa.</translation>
    </message>
    <message>
        <source>{n} added annotations have no coder name (the file names none): they are listed as “(no name)” under Coders.</source>
        <translation>{n} chú thích được thêm không có tên người mã hóa (tệp không ghi tên nào): các chú thích này được liệt kê là “(chưa có tên)” trong bảng Người mã hóa.</translation>
    </message>
    <message>
        <source>{n} conflict (the newer version kept; {theirs} of the listed ones from the file).</source>
        <translation>{n} xung đột (giữ phiên bản mới hơn; {theirs} trong số được liệt kê lấy từ tệp).</translation>
    </message>
    <message>
        <source>{n} conflicts (the newer version kept; {theirs} of the listed ones from the file).</source>
        <translation>{n} xung đột (giữ phiên bản mới hơn; {theirs} trong số được liệt kê lấy từ tệp).</translation>
    </message>
    <message>
        <source>{count} skipped (listed).</source>
        <translation>Đã bỏ qua {count} (có liệt kê).</translation>
    </message>
    <message>
        <source>The file lists the document {key} twice; the first is used.</source>
        <translation>Tệp liệt kê tài liệu {key} hai lần; dùng lần đầu tiên.</translation>
    </message>
    <message>
        <source>The tag {tag} is not in this project and the file gives no name for it: it is left off its passages.</source>
        <translation>Thẻ {tag} không có trong dự án này và tệp không cho biết tên của nó: thẻ không được gắn vào các đoạn văn của nó.</translation>
    </message>
    <message>
        <source>{n} annotation on “{name}”: the document is not in this project (this format carries no texts: import the document first).</source>
        <translation>{n} chú thích trên “{name}”: tài liệu này không có trong dự án (định dạng này không chứa văn bản: hãy nhập tài liệu trước).</translation>
    </message>
    <message>
        <source>{n} annotations on “{name}”: the document is not in this project (this format carries no texts: import the document first).</source>
        <translation>{n} chú thích trên “{name}”: tài liệu này không có trong dự án (định dạng này không chứa văn bản: hãy nhập tài liệu trước).</translation>
    </message>
    <message>
        <source>{n} annotation on “{name}”: the document is not in this project.</source>
        <translation>{n} chú thích trên “{name}”: tài liệu này không có trong dự án.</translation>
    </message>
    <message>
        <source>{n} annotations on “{name}”: the document is not in this project.</source>
        <translation>{n} chú thích trên “{name}”: tài liệu này không có trong dự án.</translation>
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
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
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
        <source>Importing annotations</source>
        <translation>Đang nhập chú thích</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Đang nhập {name}…</translation>
    </message>
    <message>
        <source>Taking back the import of {name}…</source>
        <translation>Đang hoàn tác việc nhập {name}…</translation>
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
    <name>Project</name>
    <message>
        <source>the project already has this text, as “{title}”</source>
        <translation>dự án đã có văn bản này, với tên “{title}”</translation>
    </message>
    <message>
        <source>This annotation was changed elsewhere meanwhile (by another coder of the shared project, or in another window); your change was not made. It is shown as it now is.</source>
        <translation>Chú thích này vừa được thay đổi ở nơi khác (bởi một người mã hóa khác của dự án dùng chung, hoặc trong một cửa sổ khác); thay đổi của bạn không được thực hiện. Nó được hiển thị như hiện nay.</translation>
    </message>
    <message>
        <source>The change was not saved to {path}: {reason}.</source>
        <translation>Thay đổi chưa được lưu vào {path}: {reason}.</translation>
    </message>
    <message>
        <source>There is no document {document} in this project.</source>
        <translation>Không có tài liệu {document} trong dự án này.</translation>
    </message>
    <message>
        <source>That annotation no longer exists.</source>
        <translation>Chú thích đó không còn tồn tại.</translation>
    </message>
    <message>
        <source>A shared project&apos;s backups are its server&apos;s.</source>
        <translation>Bản sao lưu của dự án dùng chung là việc của máy chủ của nó.</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Tài liệu cần có tiêu đề.</translation>
    </message>
    <message>
        <source>The document changed while it was being deleted; try again.</source>
        <translation>Tài liệu đã thay đổi trong lúc đang bị xóa; hãy thử lại.</translation>
    </message>
    <message>
        <source>A tag you chose no longer exists.</source>
        <translation>Một thẻ bạn đã chọn không còn tồn tại.</translation>
    </message>
    <message>
        <source>Cannot annotate: {reason}.</source>
        <translation>Không thể tạo chú thích: {reason}.</translation>
    </message>
    <message>
        <source>Cannot move the passage: {reason}.</source>
        <translation>Không thể di chuyển đoạn văn: {reason}.</translation>
    </message>
    <message>
        <source>The annotation&apos;s document is no longer in the project.</source>
        <translation>Tài liệu của chú thích không còn trong dự án.</translation>
    </message>
    <message>
        <source>That suggestion was not dismissed.</source>
        <translation>Gợi ý đó chưa được bỏ qua.</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>Parallax was not closed properly last time it had this project open; the project was checked and is intact.</source>
        <translation>Lần trước Parallax không được đóng đúng cách khi đang mở dự án này; dự án đã được kiểm tra và vẫn nguyên vẹn.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}.</source>
        <translation>Không thể tạo {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} đã tồn tại.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened: {reason}.</source>
        <translation>{path} bị hỏng và không thể mở: {reason}.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened safely: {reason}.</source>
        <translation>{path} bị hỏng và không thể mở một cách an toàn: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a Parallax project file.</source>
        <translation>{path} là một thư mục, không phải tệp dự án Parallax.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>Không thể đọc {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a Parallax project (it is not an SQLite database).</source>
        <translation>{path} không phải là dự án Parallax (không phải cơ sở dữ liệu SQLite).</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not a Parallax project; it was left untouched.</source>
        <translation>{path} là một cơ sở dữ liệu SQLite nhưng không phải dự án Parallax; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Parallax (project schema {version}); this version reads schema {supported} and older. The file was left untouched.</source>
        <translation>{path} được ghi bởi một phiên bản Parallax mới hơn (lược đồ dự án {version}); phiên bản này đọc được lược đồ {supported} trở về trước. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>{path} is left from an earlier project of that name and could not be moved aside ({reason}); move or delete it, then try again.</source>
        <translation>{path} còn sót lại từ một dự án trước đây cùng tên và không thể dời sang bên ({reason}); hãy di chuyển hoặc xóa nó, rồi thử lại.</translation>
    </message>
    <message>
        <source>a row of {table} refers to a missing row of {other}</source>
        <translation>một hàng của {table} tham chiếu tới một hàng không còn tồn tại của {other}</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>ổ đĩa đã đầy; hãy giải phóng bớt dung lượng rồi thử lại</translation>
    </message>
    <message>
        <source>the project file is read-only</source>
        <translation>tệp dự án chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>another program is writing to it; try again in a moment</source>
        <translation>một chương trình khác đang ghi vào tệp; hãy thử lại sau giây lát</translation>
    </message>
    <message>
        <source>{reason} ({error})</source>
        <translation>{reason} ({error})</translation>
    </message>
    <message>
        <source>{path} could not be brought up to date (schema {version}): {reason}. It was left as it was.</source>
        <translation>Không thể cập nhật {path} (lược đồ {version}): {reason}. Tệp được giữ nguyên như cũ.</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>thư mục {folder} không tồn tại</translation>
    </message>
    <message>
        <source>{path} is open in another Parallax window ({holder}); close it there first.</source>
        <translation>{path} đang mở trong một cửa sổ Parallax khác ({holder}); hãy đóng nó ở đó trước.</translation>
    </message>
    <message>
        <source>{path} is open in another Parallax window; close it there first.</source>
        <translation>{path} đang mở trong một cửa sổ Parallax khác; hãy đóng nó ở đó trước.</translation>
    </message>
    <message>
        <source>{path} cannot be locked for writing: {reason}.</source>
        <translation>Không thể khóa {path} để ghi: {reason}.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} không tồn tại.</translation>
    </message>
</context>
<context>
    <name>ProjectImport</name>
    <message>
        <source>{path} is not valid JSON: {reason}.</source>
        <translation>{path} không phải JSON hợp lệ: {reason}.</translation>
    </message>
    <message>
        <source>{path} {problem}.</source>
        <translation>{path} {problem}.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text (byte {offset} cannot be read).</source>
        <translation>{path} không phải văn bản UTF-8 (không đọc được byte {offset}).</translation>
    </message>
    <message>
        <source>{reason} (line {line}, column {column})</source>
        <translation>{reason} (dòng {line}, cột {column})</translation>
    </message>
    <message>
        <source>{path} is nested too deeply to read.</source>
        <translation>{path} lồng nhau quá sâu để đọc được.</translation>
    </message>
    <message>
        <source>{path} is not a Parallax project file (it has no &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>{path} không phải tệp dự án Parallax (không có &quot;format&quot;: &quot;{format}&quot;).</translation>
    </message>
    <message>
        <source>{path} was written by a newer Parallax (project file version {version}); this version reads version {supported}.</source>
        <translation>{path} được ghi bởi một phiên bản Parallax mới hơn (phiên bản tệp dự án {version}); phiên bản này đọc được phiên bản {supported}.</translation>
    </message>
    <message>
        <source>{path} has an unknown project file version ({version}); this version reads version {supported}.</source>
        <translation>{path} có phiên bản tệp dự án không xác định ({version}); phiên bản này đọc được phiên bản {supported}.</translation>
    </message>
    <message>
        <source>{path} already has documents or tags; a project file can only be imported into an empty project (merging comes later).</source>
        <translation>{path} đã có tài liệu hoặc thẻ; chỉ có thể nhập tệp dự án vào một dự án trống (tính năng gộp sẽ có sau).</translation>
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
    <message>
        <source>{project} (shared)</source>
        <comment>a recent shared project</comment>
        <translation>{project} (dùng chung)</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>Your annotations are shown again: you had hidden them, and changed one.</source>
        <translation>Chú thích của bạn được hiển thị lại: bạn đã ẩn chúng, rồi lại sửa một chú thích.</translation>
    </message>
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
        <source>Your note, which was not saved:</source>
        <translation>Ghi chú của bạn, chưa được lưu:</translation>
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
    <name>Recovery</name>
    <message>
        <source>{no_backup} The file can be moved aside, kept as it is.</source>
        <translation>{no_backup} Có thể dời tệp sang bên và giữ nguyên như hiện tại.</translation>
    </message>
    <message>
        <source>{no_backup} This project was also backed up at another path, {source}: the newest intact backup from there is from {when} ({contents}). If the project was moved or renamed, it is this project&apos;s. If that is a copy someone else works on, restoring it puts their work in place of this one. Restore it? The damaged file is moved aside and kept, not deleted.</source>
        <translation>{no_backup} Dự án này cũng đã được sao lưu ở một đường dẫn khác, {source}: bản sao lưu nguyên vẹn mới nhất từ đó là lúc {when} ({contents}). Nếu dự án đã được di chuyển hoặc đổi tên, đó là bản của dự án này. Nếu đó là một bản sao mà người khác đang làm việc, khôi phục nó sẽ đặt công việc của họ vào chỗ công việc này. Khôi phục? Tệp bị hỏng được dời sang bên và giữ lại, không bị xóa.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>The newest backup that is intact is from {when} ({contents}). Restore it? The damaged file is moved aside and kept, not deleted; changes made after the backup are lost.</source>
        <translation>Bản sao lưu nguyên vẹn mới nhất là lúc {when} ({contents}). Khôi phục? Tệp bị hỏng được dời sang bên và giữ lại, không bị xóa; các thay đổi sau thời điểm sao lưu sẽ bị mất.</translation>
    </message>
    <message>
        <source>There is no backup of it to restore.</source>
        <translation>Không có bản sao lưu nào để khôi phục.</translation>
    </message>
    <message>
        <source>Its {n} backup cannot be restored either.</source>
        <translation>{n} bản sao lưu của dự án cũng không khôi phục được.</translation>
    </message>
    <message>
        <source>Its {n} backups cannot be restored either.</source>
        <translation>{n} bản sao lưu của dự án cũng không khôi phục được.</translation>
    </message>
    <message>
        <source>The backup of {when} is damaged too ({reason}); nothing was changed.</source>
        <translation>Bản sao lưu lúc {when} cũng bị hỏng ({reason}); không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{path} is open in another Parallax window; close it there first.</source>
        <translation>{path} đang mở trong một cửa sổ Parallax khác; hãy đóng nó ở đó trước.</translation>
    </message>
    <message>
        <source>{path} cannot be locked: {reason}.</source>
        <translation>Không thể khóa {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} was damaged and was moved to {moved}. The backup of {when} was put in its place but cannot be opened: {reason}</source>
        <translation>{path} bị hỏng và đã được chuyển tới {moved}. Bản sao lưu lúc {when} đã được đặt vào chỗ của nó nhưng không thể mở: {reason}</translation>
    </message>
    <message>
        <source>{path} was damaged and was moved to {moved}. The backup of {when} was restored ({contents}); {lost}</source>
        <translation>{path} bị hỏng và đã được chuyển tới {moved}. Bản sao lưu lúc {when} đã được khôi phục ({contents}); {lost}</translation>
    </message>
    <message>
        <source>{path} is damaged, and could not be moved aside to {target}: {reason}. Nothing was deleted.</source>
        <translation>{path} bị hỏng, và không thể dời sang {target}: {reason}. Không có gì bị xóa.</translation>
    </message>
    <message>
        <source>The backup of {when} could not be put in place of {path}: {reason}. The damaged file was kept.</source>
        <translation>Không thể đặt bản sao lưu lúc {when} vào chỗ của {path}: {reason}. Tệp bị hỏng vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>it holds the project as it was last saved, so nothing was lost.</source>
        <translation>bản này chứa dự án như lần lưu cuối cùng, nên không mất gì.</translation>
    </message>
    <message>
        <source>changes made after {when} (the damaged file was last changed at {changed}) are lost.</source>
        <translation>các thay đổi sau {when} (tệp bị hỏng được sửa lần cuối lúc {changed}) đã bị mất.</translation>
    </message>
    <message>
        <source>changes made after {when} are lost.</source>
        <translation>các thay đổi sau {when} đã bị mất.</translation>
    </message>
    <message>
        <source>The damaged file still listed {documents} and {annotations}.</source>
        <translation>Tệp bị hỏng vẫn còn liệt kê {documents} và {annotations}.</translation>
    </message>
    <message>
        <source>{path} is damaged and was moved to {moved}; nothing was deleted. {no_backup}</source>
        <translation>{path} bị hỏng và đã được chuyển tới {moved}; không có gì bị xóa. {no_backup}</translation>
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
        <source>{documents}, {annotations}</source>
        <translation>{documents}, {annotations}</translation>
    </message>
    <message>
        <source>A newer backup, of {when}, is damaged and was skipped.</source>
        <translation>Một bản sao lưu mới hơn, lúc {when}, bị hỏng và đã được bỏ qua.</translation>
    </message>
    <message>
        <source>A newer backup, of {when}, is damaged.</source>
        <translation>Một bản sao lưu mới hơn, lúc {when}, bị hỏng.</translation>
    </message>
    <message>
        <source>{count} newer backups are damaged and were skipped.</source>
        <translation>{count} bản sao lưu mới hơn bị hỏng và đã được bỏ qua.</translation>
    </message>
    <message>
        <source>{count} newer backups are damaged.</source>
        <translation>{count} bản sao lưu mới hơn bị hỏng.</translation>
    </message>
</context>
<context>
    <name>ReplaceText</name>
    <message>
        <source>Replace text of “{title}”</source>
        <translation>Thay văn bản của “{title}”</translation>
    </message>
    <message>
        <source>Replacing the text of “{title}” again…</source>
        <translation>Đang thay lại văn bản của “{title}”…</translation>
    </message>
    <message>
        <source>Putting back the text of “{title}”…</source>
        <translation>Đang khôi phục văn bản của “{title}”…</translation>
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
        <source>Placing annotations… {done} of {total}</source>
        <translation>Đang đặt chú thích… {done}/{total}</translation>
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
    <name>Replacing</name>
    <message>
        <source>The new text is empty: a document needs some text.</source>
        <translation>Văn bản mới trống: tài liệu cần có nội dung.</translation>
    </message>
    <message>
        <source>Nothing to replace: the new text is the same as the document&apos;s.</source>
        <translation>Không có gì để thay: văn bản mới giống hệt văn bản của tài liệu.</translation>
    </message>
    <message>
        <source>The document is no longer in the project.</source>
        <translation>Tài liệu không còn trong dự án.</translation>
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
    <name>Search</name>
    <message>
        <source>Type a word to look for (excluding words with “-” needs one to look for too).</source>
        <translation>Hãy gõ một từ cần tìm (loại trừ từ bằng “-” cũng cần có một từ để tìm).</translation>
    </message>
    <message>
        <source>Type a word to look for.</source>
        <translation>Hãy gõ một từ cần tìm.</translation>
    </message>
    <message>
        <source>Cannot search for “{query}”: {reason}.</source>
        <translation>Không thể tìm “{query}”: {reason}.</translation>
    </message>
    <message>
        <source>The search could not run: {reason}.</source>
        <translation>Không thể chạy tìm kiếm: {reason}.</translation>
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
    <name>SharedAddressDialog</name>
    <message>
        <source>Open Shared Project</source>
        <translation>Mở dự án dùng chung</translation>
    </message>
    <message>
        <source>&amp;Address of a project shared on a PostgreSQL server:</source>
        <translation>Đị&amp;a chỉ của một dự án dùng chung trên máy chủ PostgreSQL:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Of the form {form} (the port is 5432 when left out).</source>
        <translation>Có dạng {form} (cổng là 5432 nếu bỏ trống).</translation>
    </message>
    <message>
        <source>The password comes from your ~/.pgpass file or the PGPASSWORD variable; Parallax never stores it.</source>
        <translation>Mật khẩu lấy từ tệp ~/.pgpass của bạn hoặc biến PGPASSWORD; Parallax không bao giờ lưu nó.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Đang kết nối tới máy chủ…</translation>
    </message>
    <message>
        <source>Cannot open the shared project</source>
        <translation>Không mở được dự án dùng chung</translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation>Cơ sở dữ liệu trống</translation>
    </message>
    <message>
        <source>Start a new shared project in {database}?</source>
        <translation>Tạo một dự án dùng chung mới trong {database}?</translation>
    </message>
    <message>
        <source>Setting up the shared project…</source>
        <translation>Đang thiết lập dự án dùng chung…</translation>
    </message>
    <message>
        <source>Cannot create the shared project</source>
        <translation>Không tạo được dự án dùng chung</translation>
    </message>
</context>
<context>
    <name>SharedProject</name>
    <message>
        <source>{location} is not a PostgreSQL address: {reason}.</source>
        <translation>{location} không phải là địa chỉ PostgreSQL: {reason}.</translation>
    </message>
    <message>
        <source>{location} is not a PostgreSQL address of the form postgresql://user@host:port/database.</source>
        <translation>{location} không phải là địa chỉ PostgreSQL dạng postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The server {server} refused the password for {user} ({location}). Parallax never stores passwords: put the right one in your ~/.pgpass file (or PGPASSWORD).</source>
        <translation>Máy chủ {server} từ chối mật khẩu của {user} ({location}). Parallax không bao giờ lưu mật khẩu: hãy ghi mật khẩu đúng vào tệp ~/.pgpass của bạn (hoặc PGPASSWORD).</translation>
    </message>
    <message>
        <source>The server {server} asks for a password for {user} ({location}). Parallax never stores passwords: put it in your ~/.pgpass file (or PGPASSWORD).</source>
        <translation>Máy chủ {server} yêu cầu mật khẩu cho {user} ({location}). Parallax không bao giờ lưu mật khẩu: hãy ghi nó vào tệp ~/.pgpass của bạn (hoặc PGPASSWORD).</translation>
    </message>
    <message>
        <source>The server {server} has no database {database} ({location}); ask its administrator to create it.</source>
        <translation>Máy chủ {server} không có cơ sở dữ liệu {database} ({location}); hãy nhờ người quản trị tạo nó.</translation>
    </message>
    <message>
        <source>The server {server} refused {user} ({location}): {reason}.</source>
        <translation>Máy chủ {server} từ chối {user} ({location}): {reason}.</translation>
    </message>
    <message>
        <source>Cannot reach the server {server} ({location}): {reason}.</source>
        <translation>Không kết nối được máy chủ {server} ({location}): {reason}.</translation>
    </message>
    <message>
        <source>The database {location} is not empty; a new shared project needs an empty database.</source>
        <translation>Cơ sở dữ liệu {location} không trống; một dự án dùng chung mới cần một cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>The database {location} holds no Parallax project yet. Upload one there (parallax upload) or start a new shared project in it.</source>
        <translation>Cơ sở dữ liệu {location} chưa chứa dự án Parallax nào. Hãy tải một dự án lên đó (parallax upload) hoặc tạo một dự án dùng chung mới trong đó.</translation>
    </message>
    <message>
        <source>The database {location} holds tables that are not a Parallax project; it was left untouched.</source>
        <translation>Cơ sở dữ liệu {location} chứa các bảng không phải dự án Parallax; nó được giữ nguyên.</translation>
    </message>
    <message>
        <source>The shared project {location} was set up by a newer Parallax (project schema {version}); this version reads schema {supported} and older. Nothing was changed.</source>
        <translation>Dự án dùng chung {location} được thiết lập bởi một Parallax mới hơn (lược đồ dự án {version}); phiên bản này đọc lược đồ {supported} trở xuống. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>the connection to the server was lost ({error})</source>
        <translation>mất kết nối tới máy chủ ({error})</translation>
    </message>
</context>
<context>
    <name>SharedUpdates</name>
    <message>
        <source>Updated with changes made by another coder.</source>
        <translation>Đã cập nhật các thay đổi của một người mã hóa khác.</translation>
    </message>
    <message>
        <source>Lost the connection that hears other coders&apos; changes ({reason}); trying again. Their changes show once it is back.</source>
        <translation>Mất kết nối nhận thay đổi của những người mã hóa khác ({reason}); đang thử lại. Thay đổi của họ sẽ hiện khi kết nối trở lại.</translation>
    </message>
</context>
<context>
    <name>SharedWindow</name>
    <message>
        <source>A shared project&apos;s backups and checks are its server&apos;s: ask the server&apos;s administrator (pg_dump, the server&apos;s own checks).</source>
        <translation>Sao lưu và kiểm tra dự án dùng chung là việc của máy chủ: hãy hỏi người quản trị máy chủ (pg_dump, các kiểm tra riêng của máy chủ).</translation>
    </message>
    <message>
        <source>{project} — shared ({location}) — Parallax</source>
        <translation>{project} — dùng chung ({location}) — Parallax</translation>
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
    <name>Swatches</name>
    <message>
        <source>Colour {hex}</source>
        <translation>Màu {hex}</translation>
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
<context>
    <name>Transfer</name>
    <message>
        <source>The copy of table {table} did not come out identical ({rows} rows and checksum {sha} expected, {got_rows} rows and {got_sha} written); nothing was kept.</source>
        <translation>Bản sao của bảng {table} không giống hệt (cần {rows} dòng và tổng kiểm {sha}, đã ghi {got_rows} dòng và {got_sha}); không giữ lại gì.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <source>The project&apos;s database cannot be reached</source>
        <translation>Không truy cập được cơ sở dữ liệu của dự án</translation>
    </message>
    <message>
        <source>Parallax could not read from or write to the project&apos;s database: {reason}

What the window shows may be out of date. A change is shown as saved only once the database has confirmed it; try the last one again when the database can be reached.</source>
        <translation>Parallax không đọc hoặc ghi được vào cơ sở dữ liệu của dự án: {reason}

Những gì cửa sổ hiển thị có thể đã cũ. Một thay đổi chỉ được hiện là đã lưu khi cơ sở dữ liệu đã xác nhận; hãy thử lại thay đổi cuối khi truy cập được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <source>Parallax met an error it did not expect: {reason}

The last thing you did may not have been done. Your saved work is safe: every change is saved when it is made. The details below help the developers.</source>
        <translation>Parallax gặp một lỗi không lường trước: {reason}

Thao tác cuối cùng của bạn có thể chưa được thực hiện. Công việc đã lưu của bạn vẫn an toàn: mọi thay đổi đều được lưu ngay khi thực hiện. Chi tiết bên dưới giúp các nhà phát triển.</translation>
    </message>
</context>
<context>
    <name>W3CImport</name>
    <message>
        <source>{path}: the collection&apos;s pages are not in the file (only a link to them); export the collection with its pages embedded.</source>
        <translation>{path}: các trang của bộ sưu tập không nằm trong tệp (chỉ có liên kết tới chúng); hãy xuất bộ sưu tập kèm các trang của nó.</translation>
    </message>
    <message>
        <source>{path}: the collection&apos;s pages after the first {count} are not in the file (only a link to them); export the collection with its pages embedded.</source>
        <translation>{path}: các trang của bộ sưu tập sau {count} trang đầu không nằm trong tệp (chỉ có liên kết tới chúng); hãy xuất bộ sưu tập kèm các trang của nó.</translation>
    </message>
    <message>
        <source>{path} is not W3C Web Annotation JSON (no Annotation, AnnotationPage or AnnotationCollection in it).</source>
        <translation>{path} không phải JSON W3C Web Annotation (không có Annotation, AnnotationPage hay AnnotationCollection nào trong đó).</translation>
    </message>
    <message>
        <source>{path}: a page&apos;s items must be a list.</source>
        <translation>{path}: items của một trang phải là một danh sách.</translation>
    </message>
    <message>
        <source>is not an Annotation</source>
        <translation>không phải là Annotation</translation>
    </message>
    <message>
        <source>{other} has the id {id} too</source>
        <translation>{other} cũng có id {id}</translation>
    </message>
    <message>
        <source>its created or modified time is not an ISO 8601 time</source>
        <translation>thời điểm tạo hoặc sửa của nó không phải thời gian ISO 8601</translation>
    </message>
    <message>
        <source>has no target</source>
        <translation>không có target</translation>
    </message>
    <message>
        <source>its target has no source</source>
        <translation>target của nó không có source</translation>
    </message>
    <message>
        <source>its TextPositionSelector needs whole-number start and end</source>
        <translation>TextPositionSelector của nó cần start và end là số nguyên</translation>
    </message>
    <message>
        <source>its passage {start}–{end} is empty or negative</source>
        <translation>đoạn văn {start}–{end} của nó trống hoặc âm</translation>
    </message>
    <message>
        <source>its TextQuoteSelector has no exact text</source>
        <translation>TextQuoteSelector của nó không có văn bản exact</translation>
    </message>
    <message>
        <source>has neither a TextPositionSelector nor a TextQuoteSelector</source>
        <translation>không có TextPositionSelector lẫn TextQuoteSelector</translation>
    </message>
</context>
</TS>
