<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LeadTracker</source>
        <extracomment>The icons of the side bar and the main actions, and their licence.</extracomment>
        <translation>LeadTracker について</translation>
    </message>
    <message>
        <source>The Japan Desk&apos;s pipeline: Japanese companies from the first inquiry to their branch in Düsseldorf, and the aftercare of settled companies.</source>
        <translation>ジャパンデスクのパイプライン：日本企業の最初の問い合わせからデュッセルドルフでの拠点開設まで、そして進出済み企業のアフターケアを管理します。</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>データベースファイル</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>チームデータベース</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>ライセンス(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation>コンポーネント(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Fonts</source>
        <translation>フォント(&amp;F)</translation>
    </message>
    <message>
        <source>LeadTracker is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version ({licence}).

It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.</source>
        <translation>LeadTracker はフリーソフトウェアです。Free Software Foundation が公表した GNU 一般公衆利用許諾書のバージョン3、または（任意で）それ以降のバージョンの条件の下で、再頒布および改変することができます（{licence}）。

本プログラムは有用であることを願って頒布されますが、商品性や特定目的への適合性の黙示的な保証も含め、いかなる保証もありません。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>コンポーネントとライセンス</translation>
    </message>
    <message>
        <source>{font} ({files}) — {licence}</source>
        <translation>{font}（{files}）— {licence}</translation>
    </message>
</context>
<context>
    <name>BackgroundRunner</name>
    <message>
        <source>Something went wrong that LeadTracker did not expect.</source>
        <extracomment>What a call off the UI thread returns, handed to its ``on_done``. What a long call gets to report with: a step&apos;s text and the share done (0.0–1.0). Asks who is using this PC (set by the app&apos;s window; see ``ui/shell/staff_identity.py``).</extracomment>
        <translation>LeadTrackerで予期しないエラーが発生しました。</translation>
    </message>
    <message>
        <source>Nothing was saved by this action. The details below help to find the cause.</source>
        <translation>この操作では何も保存されていません。以下の詳細情報は原因の特定に役立ちます。</translation>
    </message>
    <message>
        <source>Choose who I am…</source>
        <translation>担当者を選択…</translation>
    </message>
    <message>
        <source>Nothing was saved yet: save again once you have chosen.</source>
        <translation>まだ何も保存されていません。選択後にもう一度保存してください。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Emitted when a job starts and when the last one ends (for a busy cursor or status). A job found the database file damaged (no error dialog was shown for it).</extracomment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation>キャンセルしています…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>before the upgrade to {revision}</source>
        <translation>{revision}へのアップグレード前</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>日次</translation>
    </message>
    <message>
        <source>backed up by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>復元前</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>バックアップの復元</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup of {when} ({why})?

Changes made since then are no longer shown; the database as it is now is kept as a backup first, so this can be undone.</source>
        <translation>データベースの内容をすべて{when}（{why}）のバックアップで置き換えますか?

それ以降の変更は表示されなくなります。現在のデータベースは先にバックアップとして保存されるため、この操作は元に戻せます。</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>データベースが破損しています</translation>
    </message>
    <message>
        <source>The database file {path} is damaged.</source>
        <translation>データベースファイル「{path}」が破損しています。</translation>
    </message>
    <message>
        <source>There is no backup that passes the check. Keep the file as it is and ask your IT support for the copy of the file server&apos;s backup.</source>
        <translation>検査に合格するバックアップがありません。ファイルはそのままにして、ファイルサーバーのバックアップにあるコピーをITサポートに依頼してください。</translation>
    </message>
    <message>
        <source>The newest good backup is from {when} ({why}). Restore it? Changes made since then are lost; the damaged file is kept beside the backups.</source>
        <translation>正常な最新のバックアップは{when}（{why}）のものです。復元しますか? それ以降の変更は失われます。破損したファイルはバックアップと同じ場所に保管されます。</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>バックアップを復元(&amp;R)</translation>
    </message>
    <message>
        <source>The database could not be checked</source>
        <translation>データベースを検査できませんでした</translation>
    </message>
    <message>
        <source>The database {path} is damaged: nothing is saved into it any more. Restore the newest sound backup (File → Backups…).</source>
        <translation>データベース {path} は破損しています。今後は何も保存されません。最新の正常なバックアップを復元してください（ファイル → バックアップ…）。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <extracomment>Restore this backup (its path), confirmed by the user.</extracomment>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Backups of {name} in {folder}. A daily backup is taken when the app starts; the last 7 days and 8 weeks are kept.</source>
        <translation>「{folder}」にある「{name}」のバックアップです。アプリの起動時に毎日バックアップが作成され、直近7日分と8週分が保持されます。</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>バックアップ（新しい順）</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <source>The backup could not be made</source>
        <translation>バックアップを作成できませんでした</translation>
    </message>
    <message>
        <source>Backing up …</source>
        <translation>バックアップしています…</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Meeting briefing</source>
        <translation>面談用ブリーフィング資料</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>面談の日付</translation>
    </message>
    <message>
        <source>Time of the meeting in Düsseldorf</source>
        <translation>面談の時刻（デュッセルドルフ時間）</translation>
    </message>
    <message>
        <source>Language of the briefing</source>
        <translation>ブリーフィング資料の言語</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Staff of the Japan Desk who attend</source>
        <translation>出席するジャパンデスクの職員</translation>
    </message>
    <message>
        <source>Print the project&apos;s title, not only its code name “{code}”</source>
        <translation>コードネーム「{code}」だけでなく案件名も印刷する</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Time (Düsseldorf):</source>
        <translation>時刻（デュッセルドルフ）(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>出席者(&amp;A):</translation>
    </message>
    <message>
        <source>Our sta&amp;ff:</source>
        <translation>当方の出席者(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDFとして保存(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Changes of this record</source>
        <translation>このレコードの変更履歴</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>（作成）</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（削除）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>One column always stays visible</source>
        <extracomment>Under the chooser&apos;s key: the header&apos;s state, and the columns it belongs to.</extracomment>
        <translation>少なくとも1列は常に表示されます</translation>
    </message>
    <message>
        <source>&amp;Restore default columns</source>
        <translation>既定の列に戻す(&amp;R)</translation>
    </message>
</context>
<context>
    <name>CompanyChooser</name>
    <message>
        <source>Type part of a name (any script) …</source>
        <translation>名称の一部を入力（表記は問いません）…</translation>
    </message>
    <message>
        <source>New company…</source>
        <translation>新規企業…</translation>
    </message>
    <message>
        <source>Create a new company</source>
        <translation>企業を新規作成</translation>
    </message>
    <message>
        <source>choose a company from the list that opens as you type (or clear the field)</source>
        <translation>入力すると表示される一覧から企業を選択するか、欄を空にしてください</translation>
    </message>
</context>
<context>
    <name>CompanyEditor</name>
    <message>
        <source>13 digits</source>
        <extracomment>Asks what to do about look-alike companies: (parent, new company&apos;s name, candidates). Asks what to do about look-alikes; replace it to answer without a dialog.</extracomment>
        <translation>13桁</translation>
    </message>
    <message>
        <source>The 13-digit number of the National Tax Agency&apos;s register (法人番号)</source>
        <translation>国税庁の法人番号（13桁）</translation>
    </message>
    <message>
        <source>e.g. Amtsgericht Düsseldorf HRB 12345</source>
        <translation>例：Amtsgericht Düsseldorf HRB 12345</translation>
    </message>
    <message>
        <source>The company this one belongs to, e.g. the Japanese parent of a GmbH</source>
        <translation>この企業が属する企業（例：GmbHの日本の親会社）</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Japanese legal name</source>
        <translation>正式社名（日本語）</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>読み（かな）</translation>
    </message>
    <message>
        <source>English trade name</source>
        <translation>英文社名</translation>
    </message>
    <message>
        <source>German entity</source>
        <translation>ドイツ法人</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>登記・登録</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <source>Commercial register</source>
        <translation>商業登記（Handelsregister）</translation>
    </message>
    <message>
        <source>Headquarters in Japan</source>
        <translation>日本の本社</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>The company and Düsseldorf</source>
        <translation>企業とデュッセルドルフ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webサイト</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>親会社</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>新規企業</translation>
    </message>
    <message>
        <source>New company — not saved yet</source>
        <translation>新規企業 — 未保存</translation>
    </message>
    <message>
        <source>Company #{id}</source>
        <translation>企業 #{id}</translation>
    </message>
    <message>
        <source>the new company</source>
        <translation>新規企業</translation>
    </message>
</context>
<context>
    <name>CompanyEditorDialog</name>
    <message>
        <source>New company</source>
        <translation>新規企業</translation>
    </message>
    <message>
        <source>Company — {name}</source>
        <translation>企業 — {name}</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Japanese name</source>
        <translation>日本語名</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>本社</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>案件</translation>
    </message>
</context>
<context>
    <name>CompanyWindow</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当職員</translation>
    </message>
    <message>
        <source>New inquiry…</source>
        <translation>新規問い合わせ…</translation>
    </message>
    <message>
        <source>Record a new inquiry of this company (Ctrl+N)</source>
        <translation>この企業の新規問い合わせを登録 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add c&amp;ontact…</source>
        <translation>担当者を追加(&amp;O)…</translation>
    </message>
    <message>
        <source>Move the company with its contacts and projects to the trash (File → Trash… restores it)</source>
        <translation>企業を担当者・案件とともにごみ箱へ移動します（ファイル → ごみ箱… で復元できます）</translation>
    </message>
    <message>
        <source>Do&amp;ssier</source>
        <translation>企業資料(&amp;S)</translation>
    </message>
    <message>
        <source>Print the company&apos;s dossier or save it as a PDF</source>
        <translation>企業資料を印刷、またはPDFとして保存</translation>
    </message>
    <message>
        <source>Print dossier…</source>
        <translation>企業資料を印刷…</translation>
    </message>
    <message>
        <source>Save dossier as PDF…</source>
        <translation>企業資料をPDFとして保存…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Show the titles of code-named projects</source>
        <translation>コードネーム付き案件の案件名を表示</translation>
    </message>
    <message>
        <source>Dossier {name}</source>
        <translation>企業資料 {name}</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>企業資料</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>担当者(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>案件(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>変更履歴(&amp;H)</translation>
    </message>
    <message>
        <source>T&amp;asks ({count})</source>
        <translation>タスク（{count}）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Contacts ({count})</source>
        <translation>担当者（{count}）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Projects ({count})</source>
        <translation>案件（{count}）(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team database</source>
        <translation>チームデータベースに接続</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>ホスト(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>ポート(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>データベース(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>ユーザー(&amp;U)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>パスワード(&amp;W)</translation>
    </message>
    <message>
        <source>TL&amp;S mode</source>
        <translation>TLS モード(&amp;S)</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>ルート証明書</translation>
    </message>
    <message>
        <source>&amp;Root certificate</source>
        <translation>ルート証明書(&amp;R)</translation>
    </message>
    <message>
        <source>The password is kept in this PC&apos;s keychain, never in LeadTracker&apos;s settings. Leave it empty to use the keychain&apos;s, PGPASSWORD or .pgpass.</source>
        <translation>パスワードはこの PC のキーチェーンに保存され、LeadTracker の設定には保存されません。空欄の場合はキーチェーン、PGPASSWORD または .pgpass のものを使います。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Result of the test</source>
        <translation>テスト結果</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>The server&apos;s root certificate</source>
        <translation>サーバーのルート証明書</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>証明書 (*.crt *.pem *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation>接続中 …</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL {version}</source>
        <translation>接続しました: PostgreSQL {version}</translation>
    </message>
    <message>
        <source>The connection could not be tested</source>
        <translation>接続をテストできませんでした</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>e.g. 欧州営業部 部長 / General Manager, Sales Europe</source>
        <translation>例：欧州営業部 部長 / General Manager, Sales Europe</translation>
    </message>
    <message>
        <source>e.g. newsletter and event invitations</source>
        <translation>例：ニュースレター、イベントの案内</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Kanji</source>
        <translation>漢字</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>かな</translation>
    </message>
    <message>
        <source>Romaji</source>
        <translation>ローマ字</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>kanji</source>
        <translation>漢字</translation>
    </message>
    <message>
        <source>kana</source>
        <translation>かな</translation>
    </message>
    <message>
        <source>romaji</source>
        <translation>ローマ字</translation>
    </message>
    <message>
        <source>{name} in {script}</source>
        <translation>{name}（{script}）</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>Company and position</source>
        <translation>企業・役職</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>希望言語</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>データ保護</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法的根拠</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>同意日</translation>
    </message>
    <message>
        <source>Consent covers</source>
        <translation>同意の範囲</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新規担当者</translation>
    </message>
    <message>
        <source>New contact — not saved yet</source>
        <translation>新規担当者 — 未保存</translation>
    </message>
    <message>
        <source>Contact #{id}</source>
        <translation>担当者 #{id}</translation>
    </message>
    <message>
        <source>the new contact</source>
        <translation>新規担当者</translation>
    </message>
</context>
<context>
    <name>ContactEditorDialog</name>
    <message>
        <source>New contact</source>
        <extracomment>Makes the *Personal data* button of a saved contact: ``(contact id, reload, parent)``.</extracomment>
        <translation>新規担当者</translation>
    </message>
    <message>
        <source>Contact — {name}</source>
        <translation>担当者 — {name}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>ContactRecord</name>
    <message>
        <source>Changes of this contact</source>
        <translation>この担当者の変更履歴</translation>
    </message>
    <message>
        <source>Activities and tasks</source>
        <translation>活動記録とタスク</translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation>変更履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>Who changed what of this contact, and when</source>
        <translation>この担当者の情報を、誰が・いつ・何を変更したか</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Move this contact to the trash (File → Trash… restores it)</source>
        <translation>この担当者をごみ箱へ移動します（ファイル → ごみ箱… で復元できます）</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
</context>
<context>
    <name>ContactWork</name>
    <message>
        <source>Activities with this contact ({count})</source>
        <translation>この担当者との活動記録（{count}）</translation>
    </message>
    <message>
        <source>Tasks of their company ({count})</source>
        <translation>所属企業のタスク（{count}）</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>€{number} billion</source>
        <translation>{number}十億ユーロ</translation>
    </message>
    <message>
        <source>€{number} million</source>
        <translation>{number}百万ユーロ</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start}～{end}</translation>
    </message>
    <message>
        <source>FY{year}</source>
        <translation>{year}年度</translation>
    </message>
    <message>
        <source>Q{number} {year}</source>
        <translation>{year}年第{number}四半期</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <extracomment>The figures shown (``None`` until the first load).</extracomment>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Load the figures again (F5)</source>
        <translation>数値を再読み込み (F5)</translation>
    </message>
    <message>
        <source>Pipeline summary…</source>
        <translation>パイプライン概要…</translation>
    </message>
    <message>
        <source>The figures of this period as a PDF or Excel file for management</source>
        <translation>この期間の数値を幹部向けにPDFまたはExcelファイルで出力</translation>
    </message>
    <message>
        <source>Inquiries received</source>
        <translation>問い合わせ受付数</translation>
    </message>
    <message>
        <source>Active projects</source>
        <translation>進行中の案件</translation>
    </message>
    <message>
        <source>Landed</source>
        <translation>開設済み</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>計画雇用数</translation>
    </message>
    <message>
        <source>Planned investment</source>
        <translation>計画投資額</translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded</source>
        <translation>ダッシュボードを読み込めませんでした</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>未読み込み</translation>
    </message>
    <message>
        <source>{span} · in progress: figures so far</source>
        <translation>{span} · 期間中：現時点までの数値</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>{time}に更新</translation>
    </message>
    <message>
        <source>{count} in {period}</source>
        <translation>{period}：{count}件</translation>
    </message>
    <message>
        <source>Inquiries (new projects) received in {period}</source>
        <translation>{period}に受け付けた問い合わせ（新規案件）</translation>
    </message>
    <message>
        <source>today; {count} of them on hold</source>
        <translation>現在（うち{count}件が保留中）</translation>
    </message>
    <message>
        <source>Projects today that have not landed, been lost or withdrawn</source>
        <translation>現在、開設済み・失注・取り下げのいずれでもない案件</translation>
    </message>
    <message>
        <source>planned in {count} active projects</source>
        <translation>進行中の案件{count}件の計画値</translation>
    </message>
    <message>
        <source>Jobs planned by the active projects (not jobs at opening)</source>
        <translation>進行中の案件で計画されている雇用数（開設時の雇用数ではありません）</translation>
    </message>
    <message>
        <source>{amount} planned by the active projects (not actual investment)</source>
        <translation>進行中の案件で計画されている投資額：{amount}（実際の投資額ではありません）</translation>
    </message>
    <message>
        <source>Benchmark {low}–{high} per year</source>
        <translation>基準値：年{low}～{high}件</translation>
    </message>
    <message>
        <source>{benchmark} (about {low}–{high} in this period)</source>
        <translation>{benchmark}（この期間では約{low}～{high}件）</translation>
    </message>
    <message>
        <source>{benchmark}; {count} in {period}</source>
        <translation>{benchmark}、{period}：{count}件</translation>
    </message>
    <message>
        <source>below the benchmark</source>
        <translation>基準値未満</translation>
    </message>
    <message>
        <source>within the benchmark</source>
        <translation>基準値の範囲内</translation>
    </message>
    <message>
        <source>above the benchmark</source>
        <translation>基準値超</translation>
    </message>
    <message>
        <source>Branches opened so far; the period is still running.</source>
        <translation>これまでに開設された拠点数です（期間はまだ終了していません）。</translation>
    </message>
    <message>
        <source>Branches opened in {period}: {standing}.</source>
        <translation>{period}の拠点開設数：{standing}。</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <source>The record could not be deleted</source>
        <extracomment>Records were changed (once a turn of the event loop): record windows reload. A new inquiry (a company id to take it for, or ``None``). A new contact at a company (its id, or ``None``: chosen in the editor). Work on another database file (its path), chosen in Settings. Replace the database&apos;s contents with a backup (its path), confirmed by the user. A record went to the trash (its kind and id): its windows close.</extracomment>
        <translation>レコードを削除できませんでした</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Save as PDF</source>
        <translation>PDFとして保存</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as Excel workbook</source>
        <translation>Excelブックとして保存</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excelブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>CSVとして保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>The document could not be saved</source>
        <translation>文書を保存できませんでした</translation>
    </message>
    <message>
        <source>Preparing the document …</source>
        <translation>文書を準備しています…</translation>
    </message>
    <message>
        <source>The document could not be printed</source>
        <translation>文書を印刷できませんでした</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>印刷：{title}</translation>
    </message>
    <message>
        <source>The printer could not be started. Is a printer set up on this PC?</source>
        <translation>プリンターを起動できませんでした。このPCにプリンターが設定されているか確認してください。</translation>
    </message>
</context>
<context>
    <name>DuplicateCandidatesModel</name>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Japanese name</source>
        <translation>日本語名</translation>
    </message>
    <message>
        <source>HQ in Japan</source>
        <translation>日本の本社</translation>
    </message>
    <message>
        <source>Why it looks the same</source>
        <translation>類似している理由</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>重複の可能性</translation>
    </message>
    <message>
        <source>“{name}” may already be in LeadTracker. Open the existing company instead of creating a second record, or create it anyway if it is a different company.</source>
        <translation>「{name}」は既にLeadTrackerに登録されている可能性があります。同じ企業を重複して登録せずに既存の企業を開くか、別の企業であればそのまま作成してください。</translation>
    </message>
    <message>
        <source>Existing companies like this one</source>
        <translation>類似する既存の企業</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>既存の企業を開く</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>このまま作成</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Open the selected company instead (Enter)</source>
        <translation>代わりに選択した企業を開く (Enter)</translation>
    </message>
    <message>
        <source>Return to the form to change it (Esc)</source>
        <translation>フォームに戻って修正 (Esc)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>All tables</source>
        <extracomment>The tables by the names the app shows.</extracomment>
        <translation>すべてのテーブル</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動記録</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>フェーズ履歴</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>パートナー機関</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Tables to export</source>
        <translation>エクスポートするテーブル</translation>
    </message>
    <message>
        <source>&amp;Excel workbook (.xlsx)</source>
        <translation>Excelブック (.xlsx)(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;CSV (UTF-8, one file per table)</source>
        <translation>CSV（UTF-8、テーブルごとに1ファイル）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>テーブル(&amp;T):</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Export all tables as CSV into a folder</source>
        <translation>すべてのテーブルをCSV形式でフォルダーにエクスポート</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Problem with {field}</source>
        <extracomment>Red that reads on white and on the light grey of a window (WCAG AA, 4.5:1 and more).</extracomment>
        <translation>{field}の問題</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Please correct the field marked below.</source>
        <extracomment>What of an input counts for unsaved changes, by its kind. Emitted when the form gets or loses unsaved changes. Emitted on every edit of any field. While set, :meth:`reading` gives None for unreadable input instead of raising.</extracomment>
        <translation>下記の印が付いた項目を修正してください。</translation>
    </message>
    <message>
        <source>Please correct the {count} fields marked below.</source>
        <translation>下記の印が付いた{count}個の項目を修正してください。</translation>
    </message>
</context>
<context>
    <name>FormInputs</name>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>「{text}」は整数ではありません</translation>
    </message>
    <message>
        <source>“{text}” is not an amount like 2,500,000 or 2.5 Mio</source>
        <translation>「{text}」は金額として認識できません（例：2,500,000、250万、2.5 Mio）</translation>
    </message>
    <message>
        <source>“{text}” has more than two decimal places (cents)</source>
        <translation>「{text}」は小数点以下が3桁以上あります（セント単位までです）</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>例：{example}</translation>
    </message>
    <message>
        <source>e.g. 2.5 Mio</source>
        <translation>例：250万</translation>
    </message>
    <message>
        <source>An amount in euros, e.g. 2,500,000 or 2.5 Mio</source>
        <translation>ユーロ建ての金額（例：2,500,000、250万、2.5 Mio）</translation>
    </message>
    <message>
        <source>Tick to enter a date</source>
        <translation>チェックすると日付を入力できます</translation>
    </message>
    <message>
        <source>{field}: has a date</source>
        <translation>{field}：日付あり</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <extracomment>Imports a file as asked (see services/importing/entry.py: ``import_file``). What the empty choice of the &quot;Imported as&quot; column means. Records were imported (the report).</extracomment>
        <translation>インポート</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>インポートするファイル</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>ファイルを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>What the rows are</source>
        <translation>行の種類</translation>
    </message>
    <message>
        <source>Companies and contacts already there</source>
        <translation>既存の企業・担当者</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>スキップする</translation>
    </message>
    <message>
        <source>Update them with the file&apos;s values</source>
        <translation>ファイルの値で更新する</translation>
    </message>
    <message>
        <source>Add them again anyway</source>
        <translation>重複しても追加する</translation>
    </message>
    <message>
        <source>How the file&apos;s columns are read</source>
        <translation>ファイルの列の読み取り方法</translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation>ファイルの先頭行</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>列(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file with one company, contact or project per row, a whole exported workbook, or a .vcf file of contacts.</source>
        <translation>1行に1件の企業・担当者・案件を記載した.csvまたは.xlsxファイル、エクスポートしたブック全体、または担当者の.vcfファイルを選択してください。</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>ファイル内で見つかった問題</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>&amp;Rows are:</source>
        <translation>行の種類(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Already in the database:</source>
        <translation>データベースに既存の場合(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Every sheet of an exported workbook</source>
        <translation>エクスポートしたブックの全シート</translation>
    </message>
    <message>
        <source>Contacts (vCards)</source>
        <translation>担当者（vCard）</translation>
    </message>
    <message>
        <source>Lists, workbooks and contacts (*.csv *.xlsx *.vcf)</source>
        <translation>リスト・ブック・連絡先 (*.csv *.xlsx *.vcf)</translation>
    </message>
    <message>
        <source>Checking {name} …</source>
        <translation>{name}を確認しています…</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>ファイルを読み込めませんでした</translation>
    </message>
    <message>
        <source>The file could not be imported</source>
        <translation>ファイルをインポートできませんでした</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>インポートしています…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>インポート先</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>1行目</translation>
    </message>
    <message>
        <source>Imported as, for column {name}</source>
        <translation>列「{name}」のインポート先</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— インポートしない —</translation>
    </message>
    <message>
        <source>Rows: {rows} — to create: {created}, to update: {updated}, to skip: {skipped}.</source>
        <translation>行数：{rows} — 作成予定：{created}、更新予定：{updated}、スキップ予定：{skipped}。</translation>
    </message>
    <message>
        <source>Rows: {rows} — created: {created}, updated: {updated}, skipped: {skipped}.</source>
        <translation>行数：{rows} — 作成：{created}、更新：{updated}、スキップ：{skipped}。</translation>
    </message>
    <message>
        <source>Rows checked: {rows}.</source>
        <translation>確認した行数：{rows}。</translation>
    </message>
    <message>
        <source>By sheet: {sheets}</source>
        <translation>シート別：{sheets}</translation>
    </message>
    <message>
        <source>Read as {encoding}.</source>
        <translation>{encoding}として読み込みました。</translation>
    </message>
    <message>
        <source>Columns left out: {columns}</source>
        <translation>インポートしない列：{columns}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be imported until they are fixed.</source>
        <translation>
            <numerusform>%n件の問題があります。修正するまでインポートできません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Actual investment (EUR)</source>
        <translation>実際の投資額（ユーロ）</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>変更日時</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>コードネーム</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>企業ID</translation>
    </message>
    <message>
        <source>Competing locations</source>
        <translation>競合候補地</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>同意日</translation>
    </message>
    <message>
        <source>Consent scope</source>
        <translation>同意の範囲</translation>
    </message>
    <message>
        <source>Contact IDs</source>
        <translation>担当者ID</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>決定日</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完了日時</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Family name (kana)</source>
        <translation>姓（かな）</translation>
    </message>
    <message>
        <source>Family name (kanji)</source>
        <translation>姓（漢字）</translation>
    </message>
    <message>
        <source>Family name (romaji)</source>
        <translation>姓（ローマ字）</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>移動元フェーズ</translation>
    </message>
    <message>
        <source>Given name (kana)</source>
        <translation>名（かな）</translation>
    </message>
    <message>
        <source>Given name (kanji)</source>
        <translation>名（漢字）</translation>
    </message>
    <message>
        <source>Given name (romaji)</source>
        <translation>名（ローマ字）</translation>
    </message>
    <message>
        <source>HQ city</source>
        <translation>本社所在地（市区町村）</translation>
    </message>
    <message>
        <source>HQ prefecture</source>
        <translation>本社所在地（都道府県）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>イニシャル</translation>
    </message>
    <message>
        <source>Jobs at opening</source>
        <translation>開設時の雇用数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Lease signed on</source>
        <translation>賃貸借契約締結日</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法的根拠</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>失注理由</translation>
    </message>
    <message>
        <source>Lost to</source>
        <translation>競合先（失注）</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Name (German)</source>
        <translation>名称（ドイツ語）</translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <source>Name (kana)</source>
        <translation>名称（かな）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>実施日時</translation>
    </message>
    <message>
        <source>Office space (m²)</source>
        <translation>オフィス面積（m²）</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>開設日</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主催者</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当職員</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>親会社</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>許認可</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Planned investment (EUR)</source>
        <translation>計画投資額（ユーロ）</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>計画雇用数</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>希望言語</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>案件ID</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Register entry on</source>
        <translation>商業登記日</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>商業登記番号</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目標日</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>移動先フェーズ</translation>
    </message>
    <message>
        <source>Trade registered on</source>
        <translation>営業届出日</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
</context>
<context>
    <name>LandedChart</name>
    <message>
        <source>Landed per year</source>
        <translation>年別の開設数</translation>
    </message>
    <message>
        <source>Landed per fiscal year (April–March)</source>
        <translation>年度別の開設数（4月～3月）</translation>
    </message>
    <message>
        <source>Landed (branch opened)</source>
        <translation>開設済み（拠点開設）</translation>
    </message>
    <message>
        <source>Benchmark {low}–{high} per year</source>
        <translation>基準値：年{low}～{high}件</translation>
    </message>
    <message>
        <source>{year}: {count}</source>
        <translation>{year}：{count}</translation>
    </message>
    <message>
        <source>{year}: {count} landed
{span}</source>
        <translation>{year}：{count}件開設
{span}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{count} projects</source>
        <translation>案件 {count}</translation>
    </message>
    <message>
        <source>Filter companies (name, reading, city …)</source>
        <translation>企業を絞り込み（名称、読み、市区町村 …）</translation>
    </message>
    <message>
        <source>{count} companies</source>
        <translation>企業 {count}</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>担当者 {count}</translation>
    </message>
    <message>
        <source>{where} — LeadTracker — Japan Desk</source>
        <translation>{where} — LeadTracker — Japan Desk</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>今日の予定</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Partners &amp; events</source>
        <translation>パートナー機関・イベント</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>New inquiry…</source>
        <translation>新規問い合わせ…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>検索…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>New &amp;company…</source>
        <translation>新規企業(&amp;C)…</translation>
    </message>
    <message>
        <source>New c&amp;ontact…</source>
        <translation>新規担当者(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>ごみ箱(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Retention review…</source>
        <translation>保存期間の見直し(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>レポート(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pipeline summary…</source>
        <translation>パイプライン概要(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>データ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LeadTracker…</source>
        <translation>LeadTracker について(&amp;A)…</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>Qt について(&amp;Q)…</translation>
    </message>
    <message>
        <source>Filter projects (title, code name, company …)</source>
        <extracomment>What the pages show, by the kinds of record a change must touch to reload them.</extracomment>
        <translation>案件を絞り込み（案件名、コードネーム、企業 …）</translation>
    </message>
    <message>
        <source>Filter contacts (name in any script, company, email …)</source>
        <translation>担当者を絞り込み（氏名（表記問わず）、企業、メール …）</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>新規企業(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>新規担当者(&amp;N)…</translation>
    </message>
    <message>
        <source>{path} — {companies} companies, {contacts} contacts, {projects} projects</source>
        <translation>{path} — 企業{companies}件、担当者{contacts}名、案件{projects}件</translation>
    </message>
    <message>
        <source>The records could not be counted</source>
        <translation>レコード数を取得できませんでした</translation>
    </message>
    <message>
        <source>Backups</source>
        <extracomment>Companies in the demo data offered on the first start.</extracomment>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>This database is on a team server. Its backups are made on the server by your IT department; LeadTracker cannot back up or restore a server database yet.</source>
        <translation>このデータベースはチーム用サーバー上にあります。バックアップはIT部門がサーバー上で行います。LeadTrackerからサーバーのデータベースをバックアップ・復元することは、まだできません。</translation>
    </message>
    <message>
        <source>Welcome to LeadTracker</source>
        <translation>LeadTrackerへようこそ</translation>
    </message>
    <message>
        <source>Your database is empty.</source>
        <translation>データベースは空です。</translation>
    </message>
    <message>
        <source>It is stored in {path}.

Load demo data ({count} made-up companies with contacts, projects and activities) to explore LeadTracker? For real work, create a new, empty database later under Settings.</source>
        <translation>データベースの保存場所は「{path}」です。

LeadTrackerを試すために、デモデータ（架空の企業{count}社と、その担当者・案件・活動記録）を読み込みますか? 実際の業務用には、後で［設定］から空のデータベースを新規作成してください。</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>デモデータを読み込む</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>空のまま開始</translation>
    </message>
    <message>
        <source>The demo data could not be loaded</source>
        <translation>デモデータを読み込めませんでした</translation>
    </message>
    <message>
        <source>Loading demo data …</source>
        <translation>デモデータを読み込んでいます…</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}</source>
        <translation>「{path}」を読み込めません：{error}</translation>
    </message>
    <message>
        <source>LeadTracker</source>
        <translation>LeadTracker</translation>
    </message>
    <message>
        <source>Open a local database file</source>
        <translation>ローカルのデータベースファイルを開く</translation>
    </message>
    <message>
        <source>LeadTracker database (*.sqlite *.db);;All files (*)</source>
        <translation>LeadTracker データベース (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Database on a network drive</source>
        <translation>ネットワークドライブ上のデータベース</translation>
    </message>
    <message>
        <source>{path} is on a network drive. When two PCs write to it at the same time, the file can be damaged. Keep the database on this PC and share exports, or let one PC at a time use it.</source>
        <translation>「{path}」はネットワークドライブ上にあります。2台のPCが同時に書き込むと、ファイルが破損するおそれがあります。データベースはこのPCに置いてエクスポートしたファイルを共有するか、一度に1台のPCだけで使用してください。</translation>
    </message>
    <message>
        <source>LeadTracker — Japan Desk</source>
        <translation>LeadTracker — ジャパンデスク</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>主な操作</translation>
    </message>
    <message>
        <source>{title} ({keys})</source>
        <translation>{title} ({keys})</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>, </source>
        <extracomment>The interface languages: English is the source, the others are translated. The environment switch of the stretched-text check.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}：{problem}</translation>
    </message>
    <message>
        <source>A project in “{source}” cannot move to “{target}”.</source>
        <translation>「{source}」の案件は「{target}」に移動できません。</translation>
    </message>
    <message>
        <source>A project in “{source}” is closed: reopen it first by moving it to “{first}” (or another open stage).</source>
        <translation>「{source}」の案件は終了しています。まず「{first}」（または他の進行中の段階）に移動して再開してください。</translation>
    </message>
    <message>
        <source>A project must be qualified before it can be won (it is in “{stage}”).</source>
        <translation>案件を誘致決定にするには、先に案件化する必要があります（現在は「{stage}」です）。</translation>
    </message>
    <message>
        <source>A project must be qualified before it can be won (it is in “{stage}”): move it to “{next}” first.</source>
        <translation>案件を誘致決定にするには、先に案件化する必要があります（現在は「{stage}」です）。まず「{next}」に移動してください。</translation>
    </message>
    <message>
        <source>A project must be qualified before it can be won (it never went past “{stage}”).</source>
        <translation>案件を誘致決定にするには、先に案件化する必要があります（この案件は「{stage}」より先に進んだことがありません）。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Actual investment</source>
        <translation>実際の投資額</translation>
    </message>
    <message>
        <source>Actual investment (EUR)</source>
        <translation>実際の投資額（ユーロ）</translation>
    </message>
    <message>
        <source>Choose at least one table to export.</source>
        <translation>エクスポートするテーブルを1つ以上選んでください。</translation>
    </message>
    <message>
        <source>Choose who is using this PC before saving changes: LeadTracker records every change with the name of the person who made it.</source>
        <translation>変更を保存する前に、このPCを使用している方を選択してください。LeadTrackerはすべての変更を変更者の名前とともに記録します。</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>コードネーム</translation>
    </message>
    <message>
        <source>Commercial register entry (Handelsregister)</source>
        <translation>商業登記（Handelsregister）</translation>
    </message>
    <message>
        <source>Commercial register number</source>
        <translation>商業登記番号</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>企業名</translation>
    </message>
    <message>
        <source>Competing locations</source>
        <translation>競合候補地</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>同意日</translation>
    </message>
    <message>
        <source>Consent scope</source>
        <translation>同意の範囲</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <source>Database: this must be filled in</source>
        <translation>データベース: 入力してください</translation>
    </message>
    <message>
        <source>Database: {value} may not contain spaces</source>
        <translation>データベース: {value} に空白は使えません</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <translation>フェーズの移動日</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>決定日</translation>
    </message>
    <message>
        <source>Deleted into the trash / restored</source>
        <translation>ごみ箱へ削除／復元</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完了日時</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Erased in the records: contact {ids}. Their old values are still in the database file while another program reads it (LeadTracker open in another window?): close it, then erase again to finish.</source>
        <translation>記録上は消去しました: 連絡先 {ids}。ただし、別のプログラムがデータベースファイルを読み込んでいる間は、古い値がファイルに残ります（別のウィンドウで LeadTracker が開いていませんか？）。それを閉じてから、もう一度消去すると完了します。</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Family name (kana)</source>
        <translation>姓（かな）</translation>
    </message>
    <message>
        <source>Family name (kanji)</source>
        <translation>姓（漢字）</translation>
    </message>
    <message>
        <source>Family name (romaji)</source>
        <translation>姓（ローマ字）</translation>
    </message>
    <message>
        <source>Given name (kana)</source>
        <translation>名（かな）</translation>
    </message>
    <message>
        <source>Given name (kanji)</source>
        <translation>名（漢字）</translation>
    </message>
    <message>
        <source>Given name (romaji)</source>
        <translation>名（ローマ字）</translation>
    </message>
    <message>
        <source>HQ city</source>
        <translation>本社所在地（市区町村）</translation>
    </message>
    <message>
        <source>HQ prefecture</source>
        <translation>本社の都道府県</translation>
    </message>
    <message>
        <source>Host: this must be filled in</source>
        <translation>ホスト: 入力してください</translation>
    </message>
    <message>
        <source>Host: {value} may not contain spaces</source>
        <translation>ホスト: {value} に空白は使えません</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>イニシャル</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Jobs at opening</source>
        <translation>開設時の雇用数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法的根拠</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Location chosen instead</source>
        <translation>代わりに選ばれた進出先</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>失注理由</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <source>Moving to “{stage}” needs: {names}.</source>
        <translation>「{stage}」に移動するには、次の項目が必要です：{names}。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Name (German)</source>
        <translation>名称（ドイツ語）</translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <source>Name (kana)</source>
        <translation>名称（かな）</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Nothing was imported: 1 problem in the file</source>
        <translation>何もインポートされませんでした：ファイルに問題が1件あります</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} problems in the file</source>
        <translation>何もインポートされませんでした：ファイルに問題が{count}件あります</translation>
    </message>
    <message>
        <source>Nothing with the number {id} is in the trash.</source>
        <translation>ごみ箱に番号 {id} の項目はありません。</translation>
    </message>
    <message>
        <source>Office lease signed</source>
        <translation>オフィス賃貸借契約の締結</translation>
    </message>
    <message>
        <source>Office space</source>
        <translation>オフィス面積</translation>
    </message>
    <message>
        <source>Office space (m²)</source>
        <translation>オフィス面積（m²）</translation>
    </message>
    <message>
        <source>Opening date</source>
        <translation>開設日</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主催者</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当職員</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>親会社</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>労働・滞在許可</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Planned investment</source>
        <translation>計画投資額</translation>
    </message>
    <message>
        <source>Planned investment (EUR)</source>
        <translation>計画投資額（ユーロ）</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>計画雇用数</translation>
    </message>
    <message>
        <source>Port: {value} is not a port number (1–65535)</source>
        <translation>ポート: {value} はポート番号ではありません (1–65535)</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>希望言語</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Referring partner</source>
        <translation>紹介元パートナー機関</translation>
    </message>
    <message>
        <source>Root certificate: {mode} needs the certificate file</source>
        <translation>ルート証明書: {mode} には証明書ファイルが必要です</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Several staff members are called “{name}”: give their initials ({initials})</source>
        <translation>「{name}」という名前の職員が複数います。イニシャルで指定してください（{initials}）</translation>
    </message>
    <message>
        <source>Shift_JIS (Japanese Excel&apos;s “CSV”)</source>
        <translation>Shift_JIS（日本語版Excelの「CSV」）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>TLS mode: {value} is not known</source>
        <translation>TLS モード: {value} は不明です</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目標日</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>The activity</source>
        <translation>この活動記録</translation>
    </message>
    <message>
        <source>The backup cannot be restored: {problem}.</source>
        <translation>バックアップを復元できません：{problem}。</translation>
    </message>
    <message>
        <source>The branch has opened (“{source}”): the project can only go on to aftercare. An expansion of the company is a new project.</source>
        <translation>拠点は開設済みです（「{source}」）。この案件はアフターケアにのみ進めます。企業の事業拡大は新しい案件として登録してください。</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>この企業</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>この担当者</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened ({problem}).</source>
        <translation>データベース {path} を開けません（{problem}）。</translation>
    </message>
    <message>
        <source>The database {path} cannot be used ({problem}); `leadtracker check` tells more.</source>
        <translation>データベース {path} を使用できません（{problem}）。詳しくは `leadtracker check` で確認できます。</translation>
    </message>
    <message>
        <source>The database {path} is busy: another program is writing to it. Try again in a moment.</source>
        <translation>データベース {path} は使用中です。別のプログラムが書き込んでいます。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({problem}): `leadtracker check` names the newest sound backup.</source>
        <translation>データベース {path} は破損しています（{problem}）。`leadtracker check` で最新の正常なバックアップがわかります。</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: make room and try again.</source>
        <translation>{path} のあるディスクがいっぱいです。空き容量を作ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>フォルダー {folder} は存在しません。</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only for you, and SQLite needs to write its journal beside the database: allow writing there, or open a copy.</source>
        <translation>フォルダー {folder} は読み取り専用です。SQLite はデータベースの横にジャーナルを書き込む必要があります。そこへの書き込みを許可するか、コピーを開いてください。</translation>
    </message>
    <message>
        <source>The move of “{project}” to “{stage}” can no longer be undone: it has already been undone.</source>
        <translation>「{project}」の「{stage}」への移動はもう元に戻せません。既に元に戻されています。</translation>
    </message>
    <message>
        <source>The move of “{project}” to “{stage}” can no longer be undone: the project has been moved since (it is now in “{now}”).</source>
        <translation>「{project}」の「{stage}」への移動はもう元に戻せません。その後案件が移動されています（現在は「{now}」）。</translation>
    </message>
    <message>
        <source>The move of “{project}” to “{stage}” can no longer be undone: the project&apos;s history does not match it.</source>
        <translation>「{project}」の「{stage}」への移動はもう元に戻せません。案件の履歴と一致しません。</translation>
    </message>
    <message>
        <source>The move of “{project}” to “{stage}” cannot be made again: it has not been undone.</source>
        <translation>「{project}」の「{stage}」への移動はやり直せません。元に戻されていません。</translation>
    </message>
    <message>
        <source>The move of “{project}” to “{stage}” cannot be made again: the project has been moved since (it is now in “{now}”).</source>
        <translation>「{project}」の「{stage}」への移動はやり直せません。その後案件が移動されています（現在は「{now}」）。</translation>
    </message>
    <message>
        <source>The password for {address} cannot be kept in this PC&apos;s keychain ({problem})</source>
        <translation>{address} のパスワードをこの PC のキーチェーンに保存できません ({problem})</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>この案件</translation>
    </message>
    <message>
        <source>The project is already in “{stage}”.</source>
        <translation>この案件は既に「{stage}」にあります。</translation>
    </message>
    <message>
        <source>The task</source>
        <translation>このタスク</translation>
    </message>
    <message>
        <source>The {table} table has {rows} rows, more than an Excel sheet holds ({most}); export it as CSV instead.</source>
        <translation>テーブル {table} は {rows} 行あり、Excelのシートに収まる行数（{most}）を超えています。CSVでエクスポートしてください。</translation>
    </message>
    <message>
        <source>There is no activity with id {id}.</source>
        <translation>ID {id} の活動記録は存在しません。</translation>
    </message>
    <message>
        <source>There is no company with id {id}.</source>
        <translation>ID {id} の企業は存在しません。</translation>
    </message>
    <message>
        <source>There is no contact with id {id}.</source>
        <translation>ID {id} の担当者は存在しません。</translation>
    </message>
    <message>
        <source>There is no project with id {id}.</source>
        <translation>ID {id} の案件は存在しません。</translation>
    </message>
    <message>
        <source>There is no staff member with id {id}</source>
        <translation>ID {id} の職員はいません</translation>
    </message>
    <message>
        <source>There is no staff member “{name}”: no staff are recorded</source>
        <translation>職員「{name}」はいません。職員が登録されていません</translation>
    </message>
    <message>
        <source>There is no staff member “{name}”; the staff: {known}</source>
        <translation>職員「{name}」はいません。職員: {known}</translation>
    </message>
    <message>
        <source>There is no table “{table}” to export; the tables are: {tables}.</source>
        <translation>エクスポートできるテーブル「{table}」はありません。テーブルは次のとおりです：{tables}。</translation>
    </message>
    <message>
        <source>There is no task with id {id}.</source>
        <translation>ID {id} のタスクは存在しません。</translation>
    </message>
    <message>
        <source>There is no {kind} with the ID {id}.</source>
        <translation>ID {id} の{kind}は存在しません。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Trade registration (Gewerbeanmeldung)</source>
        <translation>営業届（Gewerbeanmeldung）</translation>
    </message>
    <message>
        <source>Type of project</source>
        <translation>案件種別</translation>
    </message>
    <message>
        <source>UTF-16 with byte order mark (Excel&apos;s “Unicode text”)</source>
        <translation>BOM 付き UTF-16（Excel の「Unicode テキスト」）</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark (Excel&apos;s “CSV UTF-8”)</source>
        <translation>BOM付きUTF-8（Excelの「CSV UTF-8」）</translation>
    </message>
    <message>
        <source>Unknown stage “{stage}”.</source>
        <translation>「{stage}」は不明なフェーズです。</translation>
    </message>
    <message>
        <source>User: this must be filled in</source>
        <translation>ユーザー: 入力してください</translation>
    </message>
    <message>
        <source>User: {value} may not contain spaces</source>
        <translation>ユーザー: {value} に空白は使えません</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webサイト</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Windows-1252 (German Excel&apos;s “CSV”)</source>
        <translation>Windows-1252（ドイツ語版Excelの「CSV」）</translation>
    </message>
    <message>
        <source>Years without activity must be from 0 to {most} (got {years}).</source>
        <translation>活動のない年数は 0 から {most} までで指定してください（指定値: {years}）。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>[erased]</source>
        <translation>［消去済み］</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 画像</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 画像</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>a partner “{name}” already exists</source>
        <translation>パートナー機関「{name}」は既に登録されています</translation>
    </message>
    <message>
        <source>a quarter is numbered 1 to 4 (got {number})</source>
        <translation>四半期は1～4で指定してください（入力値：{number}）</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>活動記録</translation>
    </message>
    <message>
        <source>an activity belongs to a company or project</source>
        <translation>活動記録には企業または案件を指定してください</translation>
    </message>
    <message>
        <source>cannot be before the last stage change ({day})</source>
        <translation>前回のフェーズ変更日（{day}）より前の日付は指定できません</translation>
    </message>
    <message>
        <source>cannot be in the future</source>
        <translation>未来の日付は指定できません</translation>
    </message>
    <message>
        <source>cannot be in the future (got {day}; today is {today})</source>
        <translation>未来の日付は指定できません（{day}、本日は{today}）</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>は負の値にできません</translation>
    </message>
    <message>
        <source>cannot be negative (got {number})</source>
        <translation>負の値は指定できません（入力値：{number}）</translation>
    </message>
    <message>
        <source>choose why the company went elsewhere</source>
        <translation>企業が他の進出先を選んだ理由を選択してください</translation>
    </message>
    <message>
        <source>company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>contains a NUL character (U+0000), which cannot be saved: remove it</source>
        <translation>NUL 文字 (U+0000) が含まれているため保存できません。削除してください</translation>
    </message>
    <message>
        <source>enter a title for the project</source>
        <translation>案件名を入力してください</translation>
    </message>
    <message>
        <source>enter initials, e.g. BL</source>
        <translation>イニシャルを入力してください（例：BL）</translation>
    </message>
    <message>
        <source>enter the Japanese, English or German name (one is enough)</source>
        <translation>日本語・英語・ドイツ語のいずれかの名称を入力してください（1つで十分です）</translation>
    </message>
    <message>
        <source>enter the company</source>
        <translation>企業を入力してください</translation>
    </message>
    <message>
        <source>enter the day the company decided</source>
        <translation>企業が決定した日を入力してください</translation>
    </message>
    <message>
        <source>enter the day the inquiry came in</source>
        <translation>問い合わせの受付日を入力してください</translation>
    </message>
    <message>
        <source>enter the event&apos;s name</source>
        <translation>イベント名を入力してください</translation>
    </message>
    <message>
        <source>enter the family name in kanji, kana or romaji</source>
        <translation>姓を漢字・かな・ローマ字のいずれかで入力してください</translation>
    </message>
    <message>
        <source>enter the jobs at the opening</source>
        <translation>開設時の雇用数を入力してください</translation>
    </message>
    <message>
        <source>enter the location the company chose instead, e.g. Amsterdam</source>
        <translation>企業が代わりに選んだ進出先を入力してください（例：アムステルダム）</translation>
    </message>
    <message>
        <source>enter the partner&apos;s name</source>
        <translation>パートナー機関の名称を入力してください</translation>
    </message>
    <message>
        <source>enter the project&apos;s ID</source>
        <translation>案件IDを入力してください</translation>
    </message>
    <message>
        <source>enter the staff member&apos;s name</source>
        <translation>職員の氏名を入力してください</translation>
    </message>
    <message>
        <source>enter the stage the project moved to</source>
        <translation>案件の移動先フェーズを入力してください</translation>
    </message>
    <message>
        <source>enter what is to be done</source>
        <translation>実施する内容を入力してください</translation>
    </message>
    <message>
        <source>enter what it was: Call, Meeting, Email …</source>
        <translation>種類を入力してください：電話、面談、メール …</translation>
    </message>
    <message>
        <source>enter when it happened</source>
        <translation>実施日時を入力してください</translation>
    </message>
    <message>
        <source>enter when the project moved</source>
        <translation>案件がフェーズを移動した日時を入力してください</translation>
    </message>
    <message>
        <source>give the time with its time zone</source>
        <translation>時刻はタイムゾーン付きで指定してください</translation>
    </message>
    <message>
        <source>has {count} characters; the field holds at most {most}</source>
        <translation>は {count} 文字です。この項目に入るのは最大 {most} 文字です</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>ごみ箱内</translation>
    </message>
    <message>
        <source>is no company ID of the Companies sheet</source>
        <translation>は「Companies」シートの企業IDではありません</translation>
    </message>
    <message>
        <source>is no company in the database</source>
        <translation>はデータベースに登録された企業ではありません</translation>
    </message>
    <message>
        <source>is no company in the database or the file</source>
        <translation>はデータベースにもファイルにもない企業です</translation>
    </message>
    <message>
        <source>is no contact ID of the Contacts sheet</source>
        <translation>は「Contacts」シートの担当者IDではありません</translation>
    </message>
    <message>
        <source>is no event ID of the Events sheet</source>
        <translation>は「Events」シートのイベントIDではありません</translation>
    </message>
    <message>
        <source>is no event in the database or the file</source>
        <translation>はデータベースにもファイルにもないイベントです</translation>
    </message>
    <message>
        <source>is no partner ID of the Partners sheet</source>
        <translation>は「Partners」シートのパートナーIDではありません</translation>
    </message>
    <message>
        <source>is no partner in the database or the file</source>
        <translation>はデータベースにもファイルにもないパートナーです</translation>
    </message>
    <message>
        <source>is no project ID of the Projects sheet</source>
        <translation>は「Projects」シートの案件IDではありません</translation>
    </message>
    <message>
        <source>is no staff member ID of the Staff sheet</source>
        <translation>は「Staff」シートの職員IDではありません</translation>
    </message>
    <message>
        <source>is no staff member&apos;s name or initials</source>
        <translation>は職員の氏名でもイニシャルでもありません</translation>
    </message>
    <message>
        <source>is not a Japanese prefecture (write 東京都, Tokyo or 13)</source>
        <translation>は日本の都道府県ではありません（東京都、Tokyo、13 のように入力してください）</translation>
    </message>
    <message>
        <source>is not a rank (write President, 社長, General Manager, 部長 …)</source>
        <translation>は職位ではありません（President、社長、General Manager、部長 … のように入力してください）</translation>
    </message>
    <message>
        <source>is not a stage; the stages are: {stages}</source>
        <translation>はフェーズではありません。フェーズは次のとおりです：{stages}</translation>
    </message>
    <message>
        <source>is not one of: {words}</source>
        <translation>は次のいずれでもありません：{words}</translation>
    </message>
    <message>
        <source>is not the company of the project</source>
        <translation>は案件の企業ではありません</translation>
    </message>
    <message>
        <source>is not the company of the project given</source>
        <translation>指定された案件の企業ではありません</translation>
    </message>
    <message>
        <source>must be done or not required before the branch counts as landed</source>
        <translation>拠点を開設済みとするには「完了」または「不要」にする必要があります</translation>
    </message>
    <message>
        <source>must have 13 digits, “{value}” has {digits}</source>
        <translation>13桁で入力してください（「{value}」は{digits}桁です）</translation>
    </message>
    <message>
        <source>names {count} companies; rename one to tell them apart</source>
        <translation>は{count}社の企業に該当します。区別できるよう、いずれかの名称を変更してください</translation>
    </message>
    <message>
        <source>names {count} records; rename one to tell them apart</source>
        <translation>は{count}件のレコードに該当します。区別できるよう、いずれかの名称を変更してください</translation>
    </message>
    <message>
        <source>no column has a name the import knows (see README)</source>
        <translation>インポートで認識できる名前の列がありません（README を参照）</translation>
    </message>
    <message>
        <source>no record with id {ids}</source>
        <translation>ID {ids} のレコードは存在しません</translation>
    </message>
    <message>
        <source>project</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>required when the legal basis is consent</source>
        <translation>法的根拠が同意の場合は必須です</translation>
    </message>
    <message>
        <source>required: tick it and enter the day it was done</source>
        <translation>必須：チェックを入れて完了日を入力してください</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>{row}行目</translation>
    </message>
    <message>
        <source>row {row}, {column}</source>
        <translation>{row}行目、{column}</translation>
    </message>
    <message>
        <source>task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>the backup is empty</source>
        <translation>バックアップが空です</translation>
    </message>
    <message>
        <source>the entry {entry} is there twice</source>
        <translation>エントリ {entry} が二重に含まれています</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>このファイル</translation>
    </message>
    <message>
        <source>the file does not start with SQLite&apos;s header (damaged, or no database)</source>
        <translation>ファイルが SQLite のヘッダーで始まっていません（破損しているか、データベースではありません）</translation>
    </message>
    <message>
        <source>the file has no header row (it is empty)</source>
        <translation>ファイルに見出し行がありません（空です）</translation>
    </message>
    <message>
        <source>the file is not a vCard file ({error})</source>
        <translation>ファイルはvCardファイルではありません（{error}）</translation>
    </message>
    <message>
        <source>the file&apos;s encoding is none of UTF-8, Windows-1252 and Shift_JIS; save it from Excel as “CSV UTF-8”</source>
        <translation>ファイルの文字コードがUTF-8、Windows-1252、Shift_JISのいずれでもありません。Excelで「CSV UTF-8」として保存してください</translation>
    </message>
    <message>
        <source>the last day ({end}) is before the first ({start})</source>
        <translation>最終日（{end}）が初日（{start}）より前になっています</translation>
    </message>
    <message>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>期間の終了日（{end}）が開始日（{start}）より前になっています</translation>
    </message>
    <message>
        <source>the shared strings</source>
        <translation>共有文字列</translation>
    </message>
    <message>
        <source>the sheet “{sheet}”</source>
        <translation>シート「{sheet}」</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” has {count} formula cells without a value saved by Excel ({cells}); they are read as empty: open the file in Excel and save it again</source>
        <translation>シート「{sheet}」には Excel が値を保存していない数式セルが {count} 個あります（{cells}）。空として読み込まれます。Excel でファイルを開いて保存し直してください</translation>
    </message>
    <message>
        <source>the year must be between {first} and {last} (got {year})</source>
        <translation>年は{first}～{last}の範囲で指定してください（入力値：{year}）</translation>
    </message>
    <message>
        <source>there is no company with id {id}</source>
        <translation>ID {id} の企業は存在しません</translation>
    </message>
    <message>
        <source>there is no database at {path}</source>
        <translation>{path} にデータベースがありません</translation>
    </message>
    <message>
        <source>there is no record with id {id}</source>
        <translation>ID {id} のレコードは存在しません</translation>
    </message>
    <message>
        <source>{address} holds tables but is not a LeadTracker database</source>
        <translation>{address} にはテーブルがありますが、LeadTracker のデータベースではありません</translation>
    </message>
    <message>
        <source>{address} is not a server address ({problem})</source>
        <translation>{address} はサーバーのアドレスではありません（{problem}）</translation>
    </message>
    <message>
        <source>{address} names no database: add it after the port, as in postgresql://user@host:5432/leadtracker</source>
        <translation>{address} にデータベース名がありません。postgresql://user@host:5432/leadtracker のようにポートの後に付けてください</translation>
    </message>
    <message>
        <source>{code} is not a prefecture code</source>
        <translation>{code} は都道府県コードではありません</translation>
    </message>
    <message>
        <source>{file} cannot be read as an Excel workbook: {error}</source>
        <translation>{file} をExcelブックとして読み込めません：{error}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} を読み込めません: {reason}</translation>
    </message>
    <message>
        <source>{file} does not exist</source>
        <translation>{file} は存在しません</translation>
    </message>
    <message>
        <source>{file} has a schema this LeadTracker does not know ({revision}); a newer LeadTracker wrote it</source>
        <translation>{file} のスキーマ（{revision}）はこのLeadTrackerでは扱えません。新しいバージョンのLeadTrackerで作成されています</translation>
    </message>
    <message>
        <source>{file} has no header row (it is empty)</source>
        <translation>{file} には見出し行がありません（空です）</translation>
    </message>
    <message>
        <source>{file} has no sheet “{sheet}” (it has: {names})</source>
        <translation>{file} にシート「{sheet}」はありません（あるシート：{names}）</translation>
    </message>
    <message>
        <source>{file} has no sheets</source>
        <translation>{file} にはシートがありません</translation>
    </message>
    <message>
        <source>{file} has {size} bytes; LeadTracker imports files of at most {most} bytes</source>
        <translation>{file} は {size} バイトです。LeadTracker が取り込めるファイルは最大 {most} バイトです</translation>
    </message>
    <message>
        <source>{file} holds zero bytes: it is not a text (CSV) file</source>
        <translation>{file} には NUL バイトが含まれています。テキスト（CSV）ファイルではありません</translation>
    </message>
    <message>
        <source>{file} holds {count} files in its zip archive; an Excel workbook has at most {most}</source>
        <translation>{file} の ZIP アーカイブには {count} 個のファイルがあります。Excel ブックは最大 {most} 個です</translation>
    </message>
    <message>
        <source>{file} is a damaged Excel workbook: {error}</source>
        <translation>{file} は破損した Excel ブックです: {error}</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file; choose the file to import</source>
        <translation>{file} はフォルダーであり、ファイルではありません。取り込むファイルを選んでください</translation>
    </message>
    <message>
        <source>{file} is an Excel workbook (a zip archive), not a CSV file; name it .xlsx to import it</source>
        <translation>{file} は CSV ファイルではなく Excel ブック（ZIP アーカイブ）です。取り込むには拡張子を .xlsx にしてください</translation>
    </message>
    <message>
        <source>{file} is an old Excel 97–2003 workbook; save it in Excel as .xlsx</source>
        <translation>{file} は古い Excel 97–2003 形式のブックです。Excel で .xlsx として保存してください</translation>
    </message>
    <message>
        <source>{file} is damaged: {found}</source>
        <translation>{file} は破損しています：{found}</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes)</source>
        <translation>{file} は空です（0 バイト）</translation>
    </message>
    <message>
        <source>{file} is not a LeadTracker database</source>
        <translation>{file} はLeadTrackerのデータベースではありません</translation>
    </message>
    <message>
        <source>{file} is not a regular file</source>
        <translation>{file} は通常のファイルではありません</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (an .xlsx file is a zip archive; this one is not — is it a CSV file named .xlsx?)</source>
        <translation>{file} は Excel ブックではありません（.xlsx ファイルは ZIP アーカイブですが、このファイルは違います。拡張子が .xlsx の CSV ファイルではありませんか？）</translation>
    </message>
    <message>
        <source>{file} is read-only for you: allow yourself to write to it (its properties or chmod u+rw), or open a copy.</source>
        <translation>{file} は読み取り専用です。書き込みを許可するか（ファイルのプロパティまたは chmod u+rw）、コピーを開いてください。</translation>
    </message>
    <message>
        <source>{file} is {kind}, not a CSV file</source>
        <translation>{file} は CSV ファイルではなく{kind}です</translation>
    </message>
    <message>
        <source>{file} is {kind}, not an Excel workbook</source>
        <translation>{file} は Excel ブックではなく{kind}です</translation>
    </message>
    <message>
        <source>{file} starts with the byte order mark of {encoding}, but its text is not {encoding}; save it again from Excel as “CSV UTF-8”</source>
        <translation>{file} は {encoding} の BOM で始まっていますが、本文は {encoding} ではありません。Excel で「CSV UTF-8」として保存し直してください</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: the cell holds {count} characters; a cell holds at most {most} (as in Excel)</source>
        <translation>{file}、{row} 行目、{column} 列目: セルが {count} 文字あります。セルに入るのは最大 {most} 文字です（Excel と同じ）</translation>
    </message>
    <message>
        <source>{file}, row {row}: {reason}; LeadTracker reads at most {most} characters per cell</source>
        <translation>{file}、{row} 行目: {reason}。LeadTracker が読み込めるのは 1 セルあたり最大 {most} 文字です</translation>
    </message>
    <message>
        <source>{file}: cell {cell} of the sheet “{sheet}” holds more than {most} characters, the most a cell holds (as in Excel)</source>
        <translation>{file}: シート「{sheet}」のセル {cell} は {most} 文字を超えています。これはセルに入る最大の文字数です（Excel と同じ）</translation>
    </message>
    <message>
        <source>{file}: more than {most} cells by row {row}; LeadTracker imports at most {most} cells</source>
        <translation>{file}: {row} 行目までで {most} セルを超えています。LeadTracker が取り込めるのは最大 {most} セルです</translation>
    </message>
    <message>
        <source>{file}: more than {most} characters by row {row}; LeadTracker imports at most {most} from one file</source>
        <translation>{file}: {row} 行目までで {most} 文字を超えています。LeadTracker が 1 ファイルから取り込めるのは最大 {most} 文字です</translation>
    </message>
    <message>
        <source>{file}: only .csv and .xlsx files can be imported</source>
        <translation>{file}：インポートできるのは .csv と .xlsx ファイルだけです</translation>
    </message>
    <message>
        <source>{file}: the entry {entry} unpacks to {size} bytes from {packed} (a zip bomb?); LeadTracker reads entries packed at most {ratio} times</source>
        <translation>{file}: エントリ {entry} は {packed} バイトから {size} バイトに展開されます（ZIP 爆弾？）。LeadTracker が読み込めるのは圧縮率 {ratio} 倍までのエントリです</translation>
    </message>
    <message>
        <source>{file}: the entry {entry} unpacks to {size} bytes; LeadTracker reads entries of at most {most} bytes, {total} bytes in all</source>
        <translation>{file}: エントリ {entry} は展開すると {size} バイトです。LeadTracker が読み込めるのは 1 エントリ最大 {most} バイト、合計 {total} バイトまでです</translation>
    </message>
    <message>
        <source>{file}: the sheet “{sheet}” cannot be read: {error}</source>
        <translation>{file}: シート「{sheet}」を読み込めません: {error}</translation>
    </message>
    <message>
        <source>{file}: the sheet “{sheet}” declares {rows} rows × {columns} columns; LeadTracker imports at most {most} cells</source>
        <translation>{file}: シート「{sheet}」は {rows} 行 × {columns} 列と宣言しています。LeadTracker が取り込めるのは最大 {most} セルです</translation>
    </message>
    <message>
        <source>{file}: the sheet “{sheet}” has no header row (it is empty)</source>
        <translation>{file}: シート「{sheet}」には見出し行がありません（空です）</translation>
    </message>
    <message>
        <source>{file}: the sheet “{sheet}” reaches to cell {cell} ({rows} rows × {columns} columns); LeadTracker imports at most {most} cells</source>
        <translation>{file}: シート「{sheet}」はセル {cell} まで及んでいます（{rows} 行 × {columns} 列）。LeadTracker が取り込めるのは最大 {most} セルです</translation>
    </message>
    <message>
        <source>{file}: {part} has a document type declaration, which Excel never writes</source>
        <translation>{file}: {part}に文書型宣言（DTD）があります。Excel はこれを書き出しません</translation>
    </message>
    <message>
        <source>{file}: {part} holds more than {count} cells; LeadTracker imports at most {most}</source>
        <translation>{file}: {part}には {count} を超えるセルがあります。LeadTracker が取り込めるのは最大 {most} です</translation>
    </message>
    <message>
        <source>{file}: {part} holds more than {count} characters; LeadTracker imports at most {most} from one file</source>
        <translation>{file}: {part}には {count} を超える文字があります。LeadTracker が 1 ファイルから取り込めるのは最大 {most} 文字です</translation>
    </message>
    <message>
        <source>{file}: {part} is damaged (line {line}, column {column}: {reason})</source>
        <translation>{file}: {part}が破損しています（{line} 行 {column} 桁目: {reason}）</translation>
    </message>
    <message>
        <source>{parent} belongs to this company; a company cannot be its own parent</source>
        <translation>{parent} はこの企業の傘下にあります。自社を親会社にすることはできません</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} は存在しません</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file</source>
        <translation>{path} はフォルダーで、バックアップファイルではありません</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} はフォルダーで、データベースファイルではありません</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name to export to.</source>
        <translation>{path} はフォルダーです。エクスポート先のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} はフォルダーです。ファイル名を指定してください</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a LeadTracker database</source>
        <translation>{path} はSQLiteファイルですが、LeadTrackerのデータベースではありません</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); nothing is written into it. No backup passes the check.</source>
        <translation>{path} は破損しています（{problem}）。何も書き込みません。チェックに合格するバックアップはありません。</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); nothing is written into it. The newest sound backup is {backup}: {command}</source>
        <translation>{path} は破損しています（{problem}）。何も書き込みません。最新の正常なバックアップは {backup} です: {command}</translation>
    </message>
    <message>
        <source>{path} is damaged, so no backup was taken ({found}); `leadtracker check` names the newest sound backup</source>
        <translation>{path} は破損しているため、バックアップを作成しませんでした（{found}）。`leadtracker check` で最新の正常なバックアップがわかります</translation>
    </message>
    <message>
        <source>{path} is not a LeadTracker database (not an SQLite file)</source>
        <translation>{path} はLeadTrackerのデータベースではありません（SQLiteファイルではありません）</translation>
    </message>
    <message>
        <source>{path} is not a LeadTracker database (or its first page is damaged)</source>
        <translation>{path} は LeadTracker のデータベースではありません（または先頭ページが破損しています）</translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation>{path} はファイルではありません</translation>
    </message>
    <message>
        <source>{path} is not a regular file</source>
        <translation>{path} は通常のファイルではありません</translation>
    </message>
    <message>
        <source>{path} was written by a newer LeadTracker (schema {schema}); install the newer version to open it</source>
        <translation>{path} は新しいバージョンのLeadTracker（スキーマ {schema}）で作成されています。開くには新しいバージョンをインストールしてください</translation>
    </message>
    <message>
        <source>{place}: {reason}</source>
        <translation>{place}：{reason}</translation>
    </message>
    <message>
        <source>{place}: “{value}” {reason}</source>
        <translation>{place}：「{value}」{reason}</translation>
    </message>
    <message>
        <source>{rank} ({title})</source>
        <translation>{rank}（{title}）</translation>
    </message>
    <message>
        <source>{server} cannot be reached ({problem})</source>
        <translation>{server} に接続できません ({problem})</translation>
    </message>
    <message>
        <source>{server}: TLS failed ({problem})</source>
        <translation>{server}: TLS に失敗しました ({problem})</translation>
    </message>
    <message>
        <source>{server}: no answer within {seconds} seconds</source>
        <translation>{server}: {seconds} 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>{server}: the password was not accepted (or none was given)</source>
        <translation>{server}: パスワードが受け付けられませんでした (または入力されていません)</translation>
    </message>
    <message>
        <source>{server}: the server knows no user {user}</source>
        <translation>{server}: サーバーにユーザー {user} がありません</translation>
    </message>
    <message>
        <source>{server}: the server refused the connection (is it running, is the port right?)</source>
        <translation>{server}: サーバーが接続を拒否しました (起動していますか、ポートは正しいですか?)</translation>
    </message>
    <message>
        <source>{server}: there is no database {name} on this server</source>
        <translation>{server}: このサーバーにデータベース {name} はありません</translation>
    </message>
    <message>
        <source>{sheet}, {place}</source>
        <translation>{sheet}、{place}</translation>
    </message>
    <message>
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <source>{what} was changed at {when} since you opened it.</source>
        <translation>{what}は、開いた後の{when}に変更されました。</translation>
    </message>
    <message>
        <source>{what} was changed by {who} at {when} since you opened it.</source>
        <translation>{what}は、開いた後に{who}が{when}に変更しました。</translation>
    </message>
    <message>
        <source>{what} was changed by {who} since you opened it.</source>
        <translation>{what}は、開いた後に{who}が変更しました。</translation>
    </message>
    <message>
        <source>{what} was changed since you opened it.</source>
        <translation>{what}は、開いた後に変更されました。</translation>
    </message>
    <message>
        <source>“{command}” works on a database file only so far, not on the team database {server}</source>
        <translation>「{command}」は現在のところデータベースファイルでのみ使用でき、チーム用データベース {server} では使用できません</translation>
    </message>
    <message>
        <source>“{initials}” are already in use</source>
        <translation>「{initials}」は既に使用されています</translation>
    </message>
    <message>
        <source>“{record}” belongs to the project “{project}”, which is in the trash too: restore the project first.</source>
        <translation>「{record}」は案件「{project}」に属していますが、この案件もごみ箱にあります。先に案件を復元してください。</translation>
    </message>
    <message>
        <source>“{record}” belongs to “{company}”, which is in the trash too: restore the company first.</source>
        <translation>「{record}」は「{company}」に属していますが、この企業もごみ箱にあります。先に企業を復元してください。</translation>
    </message>
    <message>
        <source>“{source}” is a decision: the project cannot go back to “{target}”. If the company hesitates again, move it to “{on_hold}”.</source>
        <translation>「{source}」は決定済みの段階です。案件を「{target}」に戻すことはできません。企業が再び迷っている場合は「{on_hold}」に移動してください。</translation>
    </message>
    <message>
        <source>“{source}” is the last stage: a project there does not move on. An expansion of the company is a new project.</source>
        <translation>「{source}」は最後の段階です。ここから先には移動しません。企業の事業拡大は新しい案件として登録してください。</translation>
    </message>
    <message>
        <source>“{target}” comes after “{landed}”: move the project to “{landed}” first, once the branch has opened.</source>
        <translation>「{target}」は「{landed}」の後の段階です。拠点が開設されたら、まず案件を「{landed}」に移動してください。</translation>
    </message>
    <message>
        <source>“{target}” comes after “{won}”: move the project to “{won}” first and fill in the landing checklist.</source>
        <translation>「{target}」は「{won}」の後の段階です。まず案件を「{won}」に移動し、開設チェックリストを記入してください。</translation>
    </message>
    <message>
        <source>“{text}” has a day that does not exist</source>
        <translation>「{text}」には存在しない日付が含まれています</translation>
    </message>
    <message>
        <source>“{text}” is not a period; write 2025, FY2025, 2025Q3 or 2025-01-01..2025-06-30</source>
        <translation>「{text}」は期間として認識できません。2025、FY2025、2025Q3、2025-01-01..2025-06-30 のように入力してください</translation>
    </message>
    <message>
        <source>“{value}” has a time that does not exist</source>
        <translation>「{value}」には存在しない時刻が含まれています</translation>
    </message>
    <message>
        <source>“{value}” has fractions of a cent</source>
        <translation>「{value}」にはセント未満の端数があります</translation>
    </message>
    <message>
        <source>“{value}” is a day that does not exist</source>
        <translation>「{value}」は存在しない日付です</translation>
    </message>
    <message>
        <source>“{value}” is negative; an amount cannot be</source>
        <translation>「{value}」は負の値です。金額には使えません</translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no; write ja or nein</source>
        <translation>「{value}」ははい・いいえのどちらでもありません。ja または nein と入力してください</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time; write 15.05.2026 14:30 or 2026-05-15 14:30</source>
        <translation>「{value}」は日時ではありません。15.05.2026 14:30 または 2026-05-15 14:30 のように入力してください</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write 21.11.2026 or 2026-11-21</source>
        <translation>「{value}」は日付ではありません。21.11.2026 または 2026-11-21 のように入力してください</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>「{value}」は数値ではありません</translation>
    </message>
    <message>
        <source>“{value}” is not a number; write 1.500.000,50 or 1500000.50</source>
        <translation>「{value}」は数値ではありません。1.500.000,50 または 1500000.50 のように入力してください</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number like +49 211 123456</source>
        <translation>「{value}」は電話番号として認識できません（例：+49 211 123456）</translation>
    </message>
    <message>
        <source>“{value}” is not a register number like “HRB 12345” (HRA, HRB, GnR, PR or VR, then the number)</source>
        <translation>「{value}」は商業登記番号として認識できません（例：「HRB 12345」。HRA・HRB・GnR・PR・VRのいずれかに続けて番号を入力します）</translation>
    </message>
    <message>
        <source>“{value}” is not a valid corporate number: the check digit does not match</source>
        <translation>「{value}」は有効な法人番号ではありません（チェックデジットが一致しません）</translation>
    </message>
    <message>
        <source>“{value}” is not a web address like www.example.co.jp</source>
        <translation>「{value}」はWebアドレスとして認識できません（例：www.example.co.jp）</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>「{value}」は整数ではありません</translation>
    </message>
    <message>
        <source>“{value}” is not an email address like name@example.com</source>
        <translation>「{value}」はメールアドレスとして認識できません（例：name@example.com）</translation>
    </message>
    <message>
        <source>“{value}” is too large a number (at most {most})</source>
        <translation>「{value}」は大きすぎる数値です（最大 {most}）</translation>
    </message>
    <message>
        <source>“{value}” must contain only digits (13 of them)</source>
        <translation>「{value}」は数字のみ（13桁）で入力してください</translation>
    </message>
</context>
<context>
    <name>MyDay</name>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>About</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当職員</translation>
    </message>
    <message>
        <source>Mark “{task}” as done</source>
        <translation>「{task}」を完了にする</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>経過日数</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days}日</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
</context>
<context>
    <name>MyDayPage</name>
    <message>
        <source>&amp;Only my work</source>
        <extracomment>Tasks marked done on this page, the last one last (Ctrl+Z opens it again). The notice of the last task marked done (with its *Undo*).</extracomment>
        <translation>自分の担当のみ(&amp;O)</translation>
    </message>
    <message>
        <source>Show only the tasks and inquiries you own</source>
        <translation>自分が担当するタスクと問い合わせのみを表示</translation>
    </message>
    <message>
        <source>New inquiry…</source>
        <translation>新規問い合わせ…</translation>
    </message>
    <message>
        <source>Record a new inquiry (Ctrl+N)</source>
        <translation>新規問い合わせを登録 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>回答(&amp;A)…</translation>
    </message>
    <message>
        <source>Log your answer to the chosen inquiry</source>
        <translation>選択した問い合わせへの回答を記録</translation>
    </message>
    <message>
        <source>Undo the last task done</source>
        <translation>最後に完了にしたタスクを元に戻す</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>期限切れの項目はありません。</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>今日が期限の項目はありません。</translation>
    </message>
    <message>
        <source>Nothing else due this week.</source>
        <translation>今週が期限の項目はほかにありません。</translation>
    </message>
    <message>
        <source>Every new inquiry has been answered.</source>
        <translation>すべての新規問い合わせに回答済みです。</translation>
    </message>
    <message>
        <source>Mark the task done</source>
        <translation>タスクを完了にする</translation>
    </message>
    <message>
        <source>Space marks the chosen task done (Ctrl+Z undoes it); F2 edits it; Delete moves it to the trash; Enter opens what it is about.</source>
        <translation>Spaceキーで選択したタスクを完了にします（Ctrl+Zで元に戻せます）。F2キーで編集、Deleteキーでごみ箱へ移動、Enterキーで対象を開きます。</translation>
    </message>
    <message>
        <source>Nothing logged in the last {days} days.</source>
        <translation>過去{days}日間に記録された活動はありません。</translation>
    </message>
    <message>
        <source>Enter or F2 corrects the chosen activity; Delete moves it to the trash.</source>
        <translation>EnterキーまたはF2キーで選択した活動記録を修正し、Deleteキーでごみ箱へ移動します。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose who you are under Settings first</source>
        <translation>先に［設定］で自分の名前を選択してください</translation>
    </message>
    <message>
        <source>My day could not be loaded</source>
        <translation>今日の予定を読み込めませんでした</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日が期限</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>今週が期限</translation>
    </message>
    <message>
        <source>New inquiries waiting for an answer</source>
        <translation>回答待ちの新規問い合わせ</translation>
    </message>
    <message>
        <source>Logged in the last {days} days</source>
        <translation>過去{days}日間の活動記録</translation>
    </message>
    <message>
        <source>My day — {date}</source>
        <translation>今日の予定 — {date}</translation>
    </message>
    <message>
        <source>Answer to the inquiry “{title}”</source>
        <translation>問い合わせ「{title}」への回答</translation>
    </message>
</context>
<context>
    <name>NamePreview</name>
    <message>
        <source>Listed as</source>
        <translation>一覧での表示</translation>
    </message>
    <message>
        <source>Addressed as</source>
        <translation>宛名</translation>
    </message>
    <message>
        <source>Name preview</source>
        <translation>氏名のプレビュー</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Partner</source>
        <translation>パートナー機関</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>問い合わせ</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>誘致決定</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開設</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>パートナー機関</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Add &amp;partner…</source>
        <translation>パートナー機関を追加(&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;event…</source>
        <translation>イベントを追加(&amp;E)…</translation>
    </message>
    <message>
        <source>Partners &amp; events</source>
        <translation>パートナー機関・イベント</translation>
    </message>
    <message>
        <source>Inquiries: projects that name the partner as referrer or started at the event. Won: decided for Düsseldorf. Opened: the branch opened.</source>
        <translation>問い合わせ：そのパートナー機関の紹介による案件、またはそのイベントをきっかけとする案件。誘致決定：デュッセルドルフへの進出が決定した案件。開設：拠点を開設した案件。</translation>
    </message>
    <message>
        <source>Partners and events could not be loaded</source>
        <translation>パートナー機関とイベントを読み込めませんでした</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>パートナー機関の追加</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Webサイト(&amp;W)</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>イベントの追加</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>日付が決まっている</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>場所(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>主催者(&amp;O)</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>Calendar year</source>
        <extracomment>Colour of a finished period&apos;s landed figure: amber below the benchmark, green otherwise. Below these widths (device-independent pixels) the tiles wrap, and the charts stack. Wait this long after the period changes before loading (spinning through years loads once).</extracomment>
        <translation>暦年</translation>
    </message>
    <message>
        <source>Fiscal year (April–March)</source>
        <translation>年度（4月～3月）</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>期間の種類</translation>
    </message>
    <message>
        <source>The Japanese fiscal year runs from April to March, named after its start:</source>
        <translation>日本の年度は4月から翌年3月までで、開始した年で呼びます：</translation>
    </message>
    <message>
        <source>FY2025 is 1 April 2025 – 31 March 2026.</source>
        <translation>2025年度は2025年4月1日～2026年3月31日です。</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>前年</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>翌年</translation>
    </message>
    <message>
        <source>&amp;This year</source>
        <translation>今年(&amp;T)</translation>
    </message>
    <message>
        <source>Go to the year that contains today</source>
        <translation>今日を含む年に移動</translation>
    </message>
    <message>
        <source>FY</source>
        <translation>FY</translation>
    </message>
    <message>
        <source>Fiscal year, named after the year it starts in</source>
        <translation>年度（開始した年で表記）</translation>
    </message>
    <message>
        <source>{name} ({shortcut})</source>
        <translation>{name} ({shortcut})</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>today</source>
        <extracomment>Days after which a card in a working stage shows its days in amber.</extracomment>
        <translation>今日</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1日</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days}日</translation>
    </message>
    <message>
        <source>1 job</source>
        <translation>雇用1人</translation>
    </message>
    <message>
        <source>{jobs} jobs</source>
        <translation>雇用{jobs}人</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>This year ({year})</source>
        <translation>今年（{year}年）</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>過去12か月</translation>
    </message>
    <message>
        <source>Last year ({year})</source>
        <translation>昨年（{year}年）</translation>
    </message>
    <message>
        <source>This fiscal year ({year})</source>
        <translation>今年度（{year}）</translation>
    </message>
    <message>
        <source>Last fiscal year ({year})</source>
        <translation>前年度（{year}）</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>（企業なし）</translation>
    </message>
    <message>
        <source>No projects</source>
        <extracomment>A card was dropped here: project id, key of the stage it came from. Enter or a double-click on a card: project id. Ctrl+Shift+Right / Left on a card: project id, +1 or -1 (the next or previous stage). Left / Right: go to the column beside this one (+1 or -1). A card is dragged over this column (the card) or left it (None). A card is dragged over this column at this point (global coordinates). A card dragged over this column left it or was dropped on it. A drag that started here is over (dropped anywhere, or cancelled).</extracomment>
        <translation>案件なし</translation>
    </message>
    <message>
        <source>{count} projects</source>
        <extracomment>Width of a column in pixels at 100% scaling. The colour strip over a column, by what its stage means.</extracomment>
        <translation>{count}件</translation>
    </message>
    <message>
        <source>{stage} column</source>
        <translation>{stage}列</translation>
    </message>
    <message>
        <source>{count} projects in {stage}</source>
        <translation>{stage}：{count}件</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>古い順</translation>
    </message>
    <message>
        <source>{stage}: {count} projects, {order}</source>
        <translation>{stage}：{count}件、{order}</translation>
    </message>
    <message>
        <source>{shown} of {total} shown, {order}. Narrow the filters to see the others.</source>
        <translation>{total}件中{shown}件を表示（{order}）。ほかの案件を表示するには絞り込み条件を狭めてください。</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当職員</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>Period (inquiry received)</source>
        <translation>期間（問い合わせ受付日）</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>担当職員(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;ector</source>
        <translation>業種(&amp;E)</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>経路(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>期間(&amp;P)</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>すべての担当職員</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>すべての業種</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>すべての経路</translation>
    </message>
    <message>
        <source>Undo move</source>
        <extracomment>Moves Ctrl+Z can take back (and Ctrl+Shift+Z make again), newest first.</extracomment>
        <translation>移動を元に戻す</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Enter or a double-click on a card: the project&apos;s id. A project was moved or a move taken back (other pages may refresh): its id. The board has been (re)loaded and shows the current data. Moves the cards&apos; projects, asks what a move needs, undoes and redoes.</extracomment>
        <translation>更新</translation>
    </message>
    <message>
        <source>Load the board again (F5)</source>
        <translation>ボードを再読み込み (F5)</translation>
    </message>
    <message>
        <source>Pipeline board</source>
        <translation>パイプラインボード</translation>
    </message>
    <message>
        <source>Drag a card to another stage to move it, or select it and press Ctrl+Shift+Right / Left. Enter opens the project; Ctrl+Z undoes a move, Ctrl+Shift+Z or Ctrl+Y makes it again.</source>
        <translation>カードを別の段階にドラッグして移動するか、カードを選択して Ctrl+Shift+→ / ← を押します。Enter で案件を開きます。Ctrl+Z で移動を元に戻し、Ctrl+Shift+Z または Ctrl+Y でやり直します。</translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>The pipeline board could not be loaded</source>
        <translation>パイプラインボードを読み込めませんでした</translation>
    </message>
    <message>
        <source>The board could not be loaded.</source>
        <translation>ボードを読み込めませんでした。</translation>
    </message>
    <message>
        <source>{count} projects match the filters</source>
        <translation>条件に一致する案件：{count}件</translation>
    </message>
    <message>
        <source>Cannot move the project</source>
        <extracomment>How the fields a stage needs are asked: ``ask(parent, project, stage)``; None: cancelled. How a refusal is shown: ``show(parent, title, error)``. A project moved (a move, an undo or a redo): its id, the stage it left, the one it is in. An undo or redo was refused: what the view shows may be out of date.</extracomment>
        <translation>案件を移動できません</translation>
    </message>
    <message>
        <source>Cannot move the project to “{stage}”</source>
        <translation>案件を「{stage}」に移動できません</translation>
    </message>
    <message>
        <source>Cannot undo the move</source>
        <translation>移動を元に戻せません</translation>
    </message>
    <message>
        <source>Cannot redo the move</source>
        <translation>移動をやり直せません</translation>
    </message>
    <message>
        <source>No move to undo (Ctrl+Z)</source>
        <translation>元に戻す移動はありません (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo move of “{project}” to “{stage}”</source>
        <translation>「{project}」の「{stage}」への移動を元に戻す</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo move</source>
        <translation>移動をやり直す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>{text} (back to “{stage}”, Ctrl+Z)</source>
        <translation>{text}（「{stage}」に戻す、Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo move of “{project}” to “{stage}”</source>
        <translation>「{project}」の「{stage}」への移動をやり直す</translation>
    </message>
    <message>
        <source>{text} (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>{text}（Ctrl+Shift+Z または Ctrl+Y）</translation>
    </message>
    <message>
        <source>No move to redo (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>やり直す移動はありません (Ctrl+Shift+Z または Ctrl+Y)</translation>
    </message>
    <message>
        <source>&amp;Open project</source>
        <translation>案件を開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>移動先(&amp;M)</translation>
    </message>
    <message>
        <source>Moving “{project}” to “{target}” skips {stages}. Move it anyway?</source>
        <translation>「{project}」を「{target}」に移動すると、{stages}を飛ばします。このまま移動しますか?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Skip stages?</source>
        <extracomment>Whether to move although stages are skipped: ``ask(parent, project, target, skipped)``.</extracomment>
        <translation>段階を飛ばしますか?</translation>
    </message>
    <message>
        <source>The stages skipped get no dates, so the time spent in them is not counted.</source>
        <translation>飛ばした段階には日付が記録されないため、その段階での所要日数は集計されません。</translation>
    </message>
    <message>
        <source>&amp;Move to “{stage}”</source>
        <translation>「{stage}」に移動(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again</source>
        <translation>今後は確認しない(&amp;D)</translation>
    </message>
    <message>
        <source>Settings › Ask before a move skips stages</source>
        <translation>設定 › 段階を飛ばす移動の前に確認する</translation>
    </message>
</context>
<context>
    <name>PipelineBoardModel</name>
    <message>
        <source>confidential</source>
        <extracomment>Drag data of a card: ``{&quot;project_id&quot;: 12, &quot;stage&quot;: &quot;inquiry&quot;}`` as UTF-8 JSON.</extracomment>
        <translation>機密</translation>
    </message>
    <message>
        <source>owner {name}</source>
        <translation>担当：{name}</translation>
    </message>
    <message>
        <source>{days} days in stage</source>
        <translation>このフェーズで{days}日</translation>
    </message>
    <message>
        <source>{jobs} planned jobs</source>
        <translation>計画雇用数{jobs}人</translation>
    </message>
</context>
<context>
    <name>PipelineChart</name>
    <message>
        <source>Active pipeline by stage (today)</source>
        <extracomment>Calm colours: one blue for the pipeline, grey for what waits, green for the benchmark.</extracomment>
        <translation>フェーズ別の進行中パイプライン（現在）</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>{stage}: {count}</source>
        <translation>{stage}：{count}</translation>
    </message>
    <message>
        <source>{stage}: {count} projects
Planned: {jobs} jobs, {investment}
Click to list them</source>
        <translation>{stage}：{count}件
計画：雇用{jobs}人、{investment}
クリックすると一覧を表示します</translation>
    </message>
</context>
<context>
    <name>PipelineReportDialog</name>
    <message>
        <source>Pipeline summary</source>
        <translation>パイプライン概要</translation>
    </message>
    <message>
        <source>or another period: 2025Q3, 2025-01-01..2025-06-30</source>
        <translation>または別の期間：2025Q3、2025-01-01..2025-06-30</translation>
    </message>
    <message>
        <source>Another period</source>
        <translation>別の期間</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>レポートの言語</translation>
    </message>
    <message>
        <source>&amp;PDF for reading and printing</source>
        <translation>PDF（閲覧・印刷用）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Excel: the figures, and every table</source>
        <translation>Excel：数値とすべての表(&amp;E)</translation>
    </message>
    <message>
        <source>Show the titles of code-named projects</source>
        <translation>コードネーム付き案件の案件名を表示</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <source>&amp;Personal data</source>
        <extracomment>Asks where to save: ``ask(parent, title, suggested name, filter)`` -&gt; path or &quot;&quot;.</extracomment>
        <translation>個人データ(&amp;P)</translation>
    </message>
    <message>
        <source>Export everything held about this person, or erase them (GDPR)</source>
        <translation>この人物について保有するすべての情報をエクスポート、または消去 (GDPR)</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <extracomment>The save dialog; replaceable in tests.</extracomment>
        <translation>PDFとしてエクスポート…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>JSONとしてエクスポート…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>この人物を消去…</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>個人データのエクスポート</translation>
    </message>
    <message>
        <source>The personal data could not be exported</source>
        <translation>個人データをエクスポートできませんでした</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>この人物の消去</translation>
    </message>
    <message>
        <source>Erase this person&apos;s names, email, phones, title and notes, their name in activity texts, and their values in the audit trail?

This cannot be undone (only backups keep them until they rotate out). Projects and statistics stay as they are.</source>
        <translation>この人物の氏名、メールアドレス、電話番号、役職、メモ、活動記録本文中の氏名、変更履歴内の値を消去しますか?

この操作は元に戻せません（バックアップには、世代交代で削除されるまで残ります）。案件と統計はそのまま残ります。</translation>
    </message>
    <message>
        <source>Erasure not finished</source>
        <translation>消去は完了していません</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>e.g. European HQ Düsseldorf</source>
        <extracomment>Creates a company from the text typed in the chooser: (parent, text) -&gt; new id or None. Creates a company for &quot;New company…&quot;; replace it to answer without a dialog.</extracomment>
        <translation>例：欧州本社 デュッセルドルフ</translation>
    </message>
    <message>
        <source>e.g. Sakura (optional)</source>
        <translation>例：Sakura（任意）</translation>
    </message>
    <message>
        <source>A confidential project is shown by its code name, not its company, outside the desk</source>
        <translation>機密案件は、デスク外では企業名ではなくコードネームで表示されます</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— 未定 —</translation>
    </message>
    <message>
        <source>e.g. Amsterdam, London, Frankfurt</source>
        <translation>例：アムステルダム、ロンドン、フランクフルト</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name}（無効）</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>問い合わせ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>コードネーム</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>拠点の種類</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当職員</translation>
    </message>
    <message>
        <source>How it reached us</source>
        <translation>問い合わせの経路</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>Referring partner</source>
        <translation>紹介元パートナー機関</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>計画雇用数</translation>
    </message>
    <message>
        <source>Office space</source>
        <translation>オフィス面積</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投資額</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>開設目標日</translation>
    </message>
    <message>
        <source>Competing locations</source>
        <translation>競合候補地</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Planned investment in euros</source>
        <translation>計画投資額（ユーロ）</translation>
    </message>
    <message>
        <source>New inquiry</source>
        <translation>新規問い合わせ</translation>
    </message>
    <message>
        <source>New inquiry — not saved yet</source>
        <translation>新規問い合わせ — 未保存</translation>
    </message>
    <message>
        <source>Project #{id}</source>
        <translation>案件 #{id}</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>フェーズ：{stage}</translation>
    </message>
    <message>
        <source>choose the company: type part of its name</source>
        <translation>企業を選択してください：名称の一部を入力します</translation>
    </message>
    <message>
        <source>the new inquiry</source>
        <translation>新規問い合わせ</translation>
    </message>
</context>
<context>
    <name>ProjectEditorDialog</name>
    <message>
        <source>New inquiry</source>
        <translation>新規問い合わせ</translation>
    </message>
    <message>
        <source>Project — {title}</source>
        <translation>案件 — {title}</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>フェーズ経過日数</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当職員</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>計画雇用数</translation>
    </message>
</context>
<context>
    <name>ProjectWindow</name>
    <message>
        <source>&amp;Move to</source>
        <translation>移動先(&amp;M)</translation>
    </message>
    <message>
        <source>Move the project to another stage (Alt+M)</source>
        <translation>案件を別のフェーズに移動 (Alt+M)</translation>
    </message>
    <message>
        <source>Move the project to another stage</source>
        <translation>案件を別のフェーズに移動</translation>
    </message>
    <message>
        <source>Meeting &amp;briefing…</source>
        <translation>面談用ブリーフィング資料(&amp;B)…</translation>
    </message>
    <message>
        <source>Print or save a briefing for a meeting on this project (Alt+B)</source>
        <translation>この案件の面談用ブリーフィング資料を印刷または保存 (Alt+B)</translation>
    </message>
    <message>
        <source>Move the project to the trash (File → Trash… restores it)</source>
        <translation>案件をごみ箱へ移動します（ファイル → ごみ箱… で復元できます）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>By</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>フェーズ履歴</translation>
    </message>
    <message>
        <source>Stage &amp;history</source>
        <translation>フェーズ履歴(&amp;H)</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <extracomment>Moves the project as the board does: the same questions, refusals, undo and redo.</extracomment>
        <translation>変更履歴(&amp;G)</translation>
    </message>
    <message>
        <source>{project} — {company}</source>
        <translation>{project} — {company}</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>フェーズ：{stage}</translation>
    </message>
    <message>
        <source>Briefing {name}</source>
        <translation>ブリーフィング資料 {name}</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>ブリーフィング資料</translation>
    </message>
    <message>
        <source>{stage} (now)</source>
        <translation>{stage}（現在）</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save the changes to {what}?</source>
        <translation>{what}の変更を保存しますか?</translation>
    </message>
    <message>
        <source>If you don&apos;t save them, your changes will be lost.</source>
        <translation>保存しない場合、変更内容は失われます。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>他のユーザーによる変更</translation>
    </message>
    <message>
        <source>Reload shows the saved version (your changes here are dropped); Overwrite saves yours over it (the other change stays in the record&apos;s Changes).</source>
        <translation>［再読み込み］を選ぶと保存済みの内容を表示します（ここでの変更は破棄されます）。［上書き］を選ぶと自分の変更で上書き保存します（他のユーザーの変更はレコードの変更履歴に残ります）。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>上書き(&amp;O)</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>Asks &quot;save the changes?&quot;; replace it to answer without a dialog. Shows an error that is no field&apos;s fault (e.g. the record was deleted meanwhile). Asks what to do when someone else saved the record meanwhile; replaceable in tests.</extracomment>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo the changes since the last save (Esc)</source>
        <translation>前回の保存以降の変更を元に戻す (Esc)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>キャンセル (Esc)</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Show only the records that contain this text ({keys})</source>
        <extracomment>A read taking longer than this is shown as such in the count line. The user asked to delete the chosen record (Delete key or context menu).</extracomment>
        <translation>この文字列を含むレコードのみを表示 ({keys})</translation>
    </message>
    <message>
        <source>Colu&amp;mns</source>
        <translation>列(&amp;M)</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>表示する列を選択</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>一覧を絞り込み</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>ごみ箱へ移動(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>more than {count}</source>
        <translation>{count}件超</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>一覧を読み込み中…</translation>
    </message>
    <message>
        <source>The list could not be read</source>
        <translation>一覧を読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>RecordWindow</name>
    <message>
        <source>Log activity…</source>
        <extracomment>The window was closed (and is about to be deleted). The record&apos;s kind as the trash and the change history name it (&quot;company&quot;). The tab of the record&apos;s details (first of the tabs), if there is one.</extracomment>
        <translation>活動記録を追加…</translation>
    </message>
    <message>
        <source>Log a call, meeting or visit (Ctrl+L)</source>
        <translation>電話・面談・訪問を記録 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>タスクを追加…</translation>
    </message>
    <message>
        <source>Add a follow-up task (Ctrl+T)</source>
        <translation>フォローアップのタスクを追加 (Ctrl+T)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>タイムライン(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>T&amp;asks</source>
        <translation>タスク(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention review</source>
        <extracomment>Contacts were erased (how many).</extracomment>
        <translation>保存期間の見直し</translation>
    </message>
    <message>
        <source> years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Years without activity</source>
        <translation>活動記録のない年数</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最終活動日</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>法的根拠</translation>
    </message>
    <message>
        <source>Contacts due for review</source>
        <translation>見直し対象の担当者</translation>
    </message>
    <message>
        <source>&amp;Erase selected…</source>
        <translation>選択した担当者を消去(&amp;E)…</translation>
    </message>
    <message>
        <source>Contacts without any activity for</source>
        <translation>活動記録のない期間</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) due for review.</source>
        <translation>
            <numerusform>見直し対象の担当者：%n名</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase contacts</source>
        <translation>担当者の消去</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n contact(s) for good? Their names, email, phones and notes, their name in activity texts and their values in the audit trail go; projects and statistics stay. Only backups keep them until they rotate out.</source>
        <translation>
            <numerusform>%n名の担当者を完全に消去しますか? 氏名、メールアドレス、電話番号、メモ、活動記録本文中の氏名、変更履歴内の値が消去されます。案件と統計は残ります。バックアップにのみ、世代交代で削除されるまで残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The contacts could not be erased</source>
        <translation>担当者を消去できませんでした</translation>
    </message>
    <message>
        <source>Erasing …</source>
        <translation>消去しています…</translation>
    </message>
    <message>
        <source>Erasure not finished</source>
        <translation>消去は完了していません</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>Saved</source>
        <translation>保存しました</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>{name} として保存しました</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>フォルダーに表示(&amp;F)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search companies, contacts, projects and notes (ｴﾌﾟｿﾝ, 山田, Epson …)</source>
        <translation>企業・担当者・案件・メモを検索（ｴﾌﾟｿﾝ、山田、Epson …）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Type to search.</source>
        <translation>検索する語句を入力してください。</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count}件見つかりました</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>ServerAway</name>
    <message>
        <source>The team database cannot be reached</source>
        <translation>チームデータベースに接続できません</translation>
    </message>
    <message>
        <source>LeadTracker cannot reach {where}.</source>
        <translation>LeadTracker は {where} に接続できません。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Open a &amp;local file…</source>
        <translation>ローカルファイルを開く(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Change connection…</source>
        <translation>接続を変更(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>LeadTracker database (*.sqlite *.db)</source>
        <extracomment>What the file dialogs offer (the texts are translated when shown).</extracomment>
        <translation>LeadTrackerデータベース (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>As&amp;k before a move skips stages</source>
        <translation>段階を飛ばす移動の前に確認する(&amp;K)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>データベースファイル</translation>
    </message>
    <message>
        <source>&amp;Open another…</source>
        <translation>別のファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Create &amp;new…</source>
        <translation>新規作成(&amp;N)…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>All data of the Japan Desk lives in this one file. Keep it on this PC&apos;s own disk; backups are made beside it.</source>
        <translation>ジャパンデスクのすべてのデータは、この1つのファイルに保存されています。このPCのローカルディスクに置いてください。バックアップは同じ場所に作成されます。</translation>
    </message>
    <message>
        <source>Staff member using this PC</source>
        <extracomment>The user chose another database file (to open, or to create when it does not exist). The staff member using this PC changed (their id, or None). The user wants LeadTracker started again now (another interface language).</extracomment>
        <translation>このPCを使用する職員</translation>
    </message>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>職員を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Language of PDF documents</source>
        <translation>PDF文書の言語</translation>
    </message>
    <message>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Your work</source>
        <translation>自分の業務</translation>
    </message>
    <message>
        <source>&amp;Staff member using this PC</source>
        <translation>このPCを使用する職員(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;PDF documents in</source>
        <translation>PDF文書の言語(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>表示言語(&amp;I)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>チーム用データベース</translation>
    </message>
    <message>
        <source>Connect to a &amp;team database…</source>
        <translation>チームデータベースに接続(&amp;T)…</translation>
    </message>
    <message>
        <source>The desk&apos;s data lives on this team server, shared with your colleagues. Its backups are made on the server by your IT department.</source>
        <translation>デスクのデータはこのチーム用サーバー上にあり、同僚と共有されています。バックアップはIT部門がサーバー上で行います。</translation>
    </message>
    <message>
        <source>Daily backups kept (days)</source>
        <translation>日次バックアップの保存日数</translation>
    </message>
    <message>
        <source>Weekly backups kept (weeks)</source>
        <translation>週次バックアップの保存週数</translation>
    </message>
    <message>
        <source>Keep the daily backups of the last</source>
        <translation>日次バックアップを直近</translation>
    </message>
    <message>
        <source>days and one of each of the last</source>
        <translation>日分、さらに直近</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>週分（各週1件）保存</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>As the system (now: {name})</source>
        <translation>システムに合わせる（現在：{name}）</translation>
    </message>
    <message>
        <source>Takes effect when LeadTracker starts next.</source>
        <translation>LeadTracker の次回起動時から反映されます。</translation>
    </message>
    <message>
        <source>The new language shows when LeadTracker starts again. Restart it now?</source>
        <translation>新しい言語は LeadTracker の再起動後に表示されます。今すぐ再起動しますか？</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>今すぐ再起動(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>未選択</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>職員の追加</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <source>Initials:</source>
        <translation>イニシャル:</translation>
    </message>
    <message>
        <source>The staff member was not added</source>
        <translation>職員を追加できませんでした</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>データベースの新規作成</translation>
    </message>
    <message>
        <source>{path} exists already. Use “Open another…” to open it.</source>
        <translation>「{path}」は既に存在します。開くには［別のファイルを開く…］を使用してください。</translation>
    </message>
    <message>
        <source>No new database was created</source>
        <translation>新しいデータベースは作成されませんでした</translation>
    </message>
</context>
<context>
    <name>SourceChart</name>
    <message>
        <source>Inquiries by source, {period}</source>
        <translation>経路別の問い合わせ（{period}）</translation>
    </message>
    <message>
        <source>{source}: {count} ({share} %)</source>
        <translation>{source}：{count}件（{share}%）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>{share} %</source>
        <translation>{share}%</translation>
    </message>
    <message>
        <source>{partner}: {count}</source>
        <translation>{partner}：{count}件</translation>
    </message>
    <message>
        <source>(no partner recorded)</source>
        <translation>（パートナー機関の記録なし）</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>紹介元:</translation>
    </message>
</context>
<context>
    <name>StageDialogs</name>
    <message>
        <source>Move to {stage}</source>
        <translation>{stage}に移動</translation>
    </message>
    <message>
        <source>Move “{project}” to “{stage}”</source>
        <translation>「{project}」を「{stage}」に移動</translation>
    </message>
    <message>
        <source>The company has decided for Düsseldorf. On which day was the decision made?</source>
        <translation>企業がデュッセルドルフへの進出を決定しました。決定日はいつですか?</translation>
    </message>
    <message>
        <source>&amp;Decision date</source>
        <translation>決定日(&amp;D)</translation>
    </message>
    <message>
        <source>The company has chosen another location. The reason and the location go into the statistics of lost projects.</source>
        <translation>企業は別の進出先を選びました。理由と選ばれた進出先は失注案件の統計に反映されます。</translation>
    </message>
    <message>
        <source>Choose a reason …</source>
        <translation>理由を選択…</translation>
    </message>
    <message>
        <source>e.g. Amsterdam</source>
        <translation>例：アムステルダム</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Location chosen instead</source>
        <translation>代わりに選ばれた進出先(&amp;L)</translation>
    </message>
    <message>
        <source>Location chosen instead</source>
        <translation>代わりに選ばれた進出先</translation>
    </message>
    <message>
        <source>Optional: what the company said, who decided, …</source>
        <translation>任意：企業の説明、決定者など…</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>メモ(&amp;N)</translation>
    </message>
    <message>
        <source>Trade registration (Gewerbeanmeldung)</source>
        <extracomment>The dated steps of the checklist: field and (untranslated) label.</extracomment>
        <translation>営業届（Gewerbeanmeldung）</translation>
    </message>
    <message>
        <source>Commercial register entry (Handelsregister)</source>
        <translation>商業登記（Handelsregister）</translation>
    </message>
    <message>
        <source>Office lease signed</source>
        <translation>オフィス賃貸借契約の締結</translation>
    </message>
    <message>
        <source>Branch opened</source>
        <translation>拠点開設</translation>
    </message>
    <message>
        <source>“Landed” means the branch has opened. Tick each step of the landing checklist and enter the day it was done.</source>
        <translation>「開設済み」は拠点が開設されたことを意味します。開設チェックリストの各項目にチェックを入れ、完了日を入力してください。</translation>
    </message>
    <message>
        <source>planned: {jobs}</source>
        <translation>計画：{jobs}</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Work and residence &amp;permits</source>
        <translation>労働・滞在許可(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Jobs at opening</source>
        <translation>開設時の雇用数(&amp;J)</translation>
    </message>
    <message>
        <source>Actual &amp;investment</source>
        <translation>実際の投資額(&amp;I)</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>Inquiry</source>
        <extracomment>The default pipeline&apos;s stage names, for lupdate; a desk&apos;s own stages show as named.</extracomment>
        <translation>問い合わせ</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>案件化</translation>
    </message>
    <message>
        <source>Active project</source>
        <translation>支援中</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>視察</translation>
    </message>
    <message>
        <source>Decision pending</source>
        <translation>決定待ち</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>誘致決定</translation>
    </message>
    <message>
        <source>Landed</source>
        <translation>開設済み</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>アフターケア</translation>
    </message>
    <message>
        <source>On hold / delayed</source>
        <translation>保留・延期</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失注</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>取り下げ</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <source>Task</source>
        <extracomment>The notice of the last task marked done here (with its *Undo*). The tasks ticked done here, the last one last (Ctrl+Z opens it again).</extracomment>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当職員</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Space ticks the chosen task done; F2 or a double click edits it; Delete moves it to the trash; the context menu reschedules or reassigns it.</source>
        <translation>Spaceキーで選択したタスクを完了にします。F2キーまたはダブルクリックで編集、Deleteキーでごみ箱へ移動します。右クリックメニューから期限の変更や担当の変更ができます。</translation>
    </message>
    <message>
        <source>Untick to open the task again</source>
        <translation>チェックを外すとタスクを未完了に戻します</translation>
    </message>
    <message>
        <source>Tick when the task is done</source>
        <translation>タスクが完了したらチェックしてください</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>{caption}: {value}</source>
        <translation>{caption}：{value}</translation>
    </message>
    <message>
        <source>{detail}. {explanation}</source>
        <translation>{detail}。{explanation}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Stage</source>
        <extracomment>What a window reads of its record (a company&apos;s or a project&apos;s record).</extracomment>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>まだ記録はありません。</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動記録</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>担当者 {count} 件</translation>
    </message>
    <message>
        <source>{count} projects</source>
        <translation>案件 {count} 件</translation>
    </message>
    <message>
        <source>{count} activities</source>
        <translation>活動記録 {count} 件</translation>
    </message>
    <message>
        <source>{count} tasks</source>
        <translation>タスク {count} 件</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>ごみ箱へ移動</translation>
    </message>
    <message>
        <source>Move “{name}” to the trash?</source>
        <translation>「{name}」をごみ箱へ移動しますか？</translation>
    </message>
    <message>
        <source>With it go: {records}.</source>
        <translation>一緒に移動するもの：{records}。</translation>
    </message>
    <message>
        <source>Nothing shows it any more, but File → Trash… can restore it until the trash is emptied.</source>
        <translation>どの画面にも表示されなくなりますが、ごみ箱を空にするまでは「ファイル → ごみ箱…」から復元できます。</translation>
    </message>
    <message>
        <source>&amp;Move to trash</source>
        <translation>ごみ箱へ移動(&amp;M)</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <extracomment>Records came back or went for good: pages reload.</extracomment>
        <translation>ごみ箱</translation>
    </message>
    <message>
        <source>Deleted companies, contacts, projects, activities and tasks wait here. Restoring brings back everything a deletion took; deleting for good cannot be undone (only backups keep it).</source>
        <translation>削除した企業・担当者・案件・活動記録・タスクはここに保管されます。復元すると、その削除で移動したものがすべて元に戻ります。完全に削除すると元に戻せません（バックアップにのみ残ります）。</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>With it</source>
        <translation>同時に移動</translation>
    </message>
    <message>
        <source>By</source>
        <translation>削除者</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>削除したレコード</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>ごみ箱は空です。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>完全に削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>ごみ箱を空にする(&amp;E)…</translation>
    </message>
    <message>
        <source>Not everything could be restored</source>
        <translation>一部を復元できませんでした</translation>
    </message>
    <message>
        <source>Delete {count} deleted records for good?</source>
        <translation>削除済みのレコード {count} 件を完全に削除しますか？</translation>
    </message>
    <message>
        <source>Delete “{name}” for good?</source>
        <translation>「{name}」を完全に削除しますか？</translation>
    </message>
    <message>
        <source>Empty the trash: delete everything in it for good?</source>
        <translation>ごみ箱を空にして、中身をすべて完全に削除しますか？</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>完全に削除</translation>
    </message>
    <message>
        <source>This cannot be undone (only backups keep the records until they rotate out).</source>
        <translation>この操作は元に戻せません（ローテーションで消えるまで、バックアップにのみ残ります）。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Prospect</source>
        <translation>見込み</translation>
    </message>
    <message>
        <source>Settled in Düsseldorf</source>
        <translation>デュッセルドルフに進出済み</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>撤退済み</translation>
    </message>
    <message>
        <source>Sales office</source>
        <translation>営業拠点</translation>
    </message>
    <message>
        <source>European HQ</source>
        <translation>欧州本社</translation>
    </message>
    <message>
        <source>R&amp;D</source>
        <translation>研究開発</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生産</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Partner referral</source>
        <translation>パートナー紹介</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>Existing company</source>
        <translation>既存企業</translation>
    </message>
    <message>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Public task (Art. 6(1)(e) GDPR)</source>
        <translation>公的業務（GDPR第6条第1項(e)）</translation>
    </message>
    <message>
        <source>Consent (Art. 6(1)(a) GDPR)</source>
        <translation>同意（GDPR第6条第1項(a)）</translation>
    </message>
    <message>
        <source>Mr / Herr</source>
        <translation>Mr / Herr（男性）</translation>
    </message>
    <message>
        <source>Ms / Frau</source>
        <translation>Ms / Frau（女性）</translation>
    </message>
    <message>
        <source>Name only</source>
        <translation>氏名のみ（敬称なし）</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>自動車</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>電子機器</translation>
    </message>
    <message>
        <source>Machinery</source>
        <translation>機械</translation>
    </message>
    <message>
        <source>Chemicals</source>
        <translation>化学</translation>
    </message>
    <message>
        <source>Pharma / health</source>
        <translation>医薬・ヘルスケア</translation>
    </message>
    <message>
        <source>ICT / software</source>
        <translation>ICT・ソフトウェア</translation>
    </message>
    <message>
        <source>Telecom</source>
        <translation>通信</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>商社・卸売</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>金融</translation>
    </message>
    <message>
        <source>Consumer goods</source>
        <translation>消費財</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>食品</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Chairman</source>
        <translation>Chairman</translation>
    </message>
    <message>
        <source>President</source>
        <translation>President</translation>
    </message>
    <message>
        <source>Vice President</source>
        <translation>Vice President</translation>
    </message>
    <message>
        <source>Senior Managing Director</source>
        <translation>Senior Managing Director</translation>
    </message>
    <message>
        <source>Managing Director</source>
        <translation>Managing Director</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>General Manager</source>
        <translation>General Manager</translation>
    </message>
    <message>
        <source>Deputy General Manager</source>
        <translation>Deputy General Manager</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Section Chief</source>
        <translation>Section Chief</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>同じ名称</translation>
    </message>
    <message>
        <source>same corporate number</source>
        <translation>同じ法人番号</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>同じWebサイト</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>面談</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>視察</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>人材</translation>
    </message>
    <message>
        <source>Customers / market</source>
        <translation>顧客・市場</translation>
    </message>
    <message>
        <source>Tax / subsidies</source>
        <translation>税制・補助金</translation>
    </message>
    <message>
        <source>HQ decision</source>
        <translation>本社の判断</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>インフラ</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未了</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>支援機関</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>商工会議所</translation>
    </message>
    <message>
        <source>Consulate</source>
        <translation>総領事館</translation>
    </message>
    <message>
        <source>Innovation hub</source>
        <translation>イノベーション拠点</translation>
    </message>
    <message>
        <source>Law and tax</source>
        <translation>法律・税務</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>銀行</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Domain labels worded differently from the interface&apos;s above: messages of the services list them (an import&apos;s &quot;is not one of: …&quot;), in the same context.</extracomment>
        <translation>未了</translation>
    </message>
    <message>
        <source>Lawyers / tax advisers</source>
        <translation>弁護士・税理士</translation>
    </message>
</context>
<context>
    <name>WhoDialog</name>
    <message>
        <source>Who is using this PC?</source>
        <extracomment>Wide enough that the explanation reads in a few lines, narrow enough for any screen. How many initials are suggested from a new colleague&apos;s name.</extracomment>
        <translation>このPCを使用しているのはどなたですか？</translation>
    </message>
    <message>
        <source>LeadTracker records every change with the name of the person who made it. Choose yourself, or add yourself if you are new at the desk. You can change this later under Settings.</source>
        <translation>LeadTrackerはすべての変更を変更者の名前とともに記録します。ご自身を選択するか、新しく着任された方はご自身を追加してください。後から「設定」で変更できます。</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>スタッフ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>例：{example}</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>イニシャル</translation>
    </message>
    <message>
        <source>I am new here</source>
        <translation>新しく着任しました</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>イニシャル(&amp;I):</translation>
    </message>
    <message>
        <source>Start working</source>
        <translation>作業を開始</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>You can look around; LeadTracker asks again before the first change is saved</source>
        <translation>閲覧はできます。最初の変更を保存する前に、LeadTrackerが改めてお尋ねします</translation>
    </message>
    <message>
        <source>I am:</source>
        <translation>私は：</translation>
    </message>
</context>
<context>
    <name>WorkActions</name>
    <message>
        <source>The activity could not be opened</source>
        <extracomment>Something done to one task or activity: ``(actions, its id, parent)``; whether it was done. The scheme of the links in a timeline that correct an activity.</extracomment>
        <translation>活動記録を開けませんでした</translation>
    </message>
    <message>
        <source>The task could not be opened</source>
        <translation>タスクを開けませんでした</translation>
    </message>
    <message>
        <source>The task was not changed</source>
        <translation>タスクは変更されませんでした</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>タスク完了</translation>
    </message>
    <message>
        <source>“{task}” is done.</source>
        <translation>「{task}」を完了にしました。</translation>
    </message>
    <message>
        <source>Undo opens it again.</source>
        <translation>［元に戻す］で未完了に戻せます。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>The task was not rescheduled</source>
        <translation>タスクの期限は変更されませんでした</translation>
    </message>
    <message>
        <source>The task was not given to someone else</source>
        <translation>タスクの担当は変更されませんでした</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Mark as &amp;not done</source>
        <translation>未完了に戻す(&amp;N)</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>完了にする(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>期限を変更(&amp;R)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明日</translation>
    </message>
    <message>
        <source>Next Monday</source>
        <translation>来週の月曜日</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>1週間後</translation>
    </message>
    <message>
        <source>Other date…</source>
        <translation>別の日付…</translation>
    </message>
    <message>
        <source>&amp;Give to</source>
        <translation>担当を変更(&amp;G)</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>WorkDialogs</name>
    <message>
        <source>Log activity</source>
        <extracomment>Asks what to do when someone else saved the record meanwhile (tests answer it). Save over whatever is saved now (the user chose to overwrite).</extracomment>
        <translation>活動記録の追加</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>活動記録を編集</translation>
    </message>
    <message>
        <source>e.g. Call with Mr. Yamada about office space</source>
        <translation>例：オフィス物件について山田様と電話</translation>
    </message>
    <message>
        <source>What was discussed, what was promised</source>
        <translation>話し合った内容、約束した事項</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>日時(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>件名(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>メモ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>参加者(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>職員(&amp;T)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>say in a few words what happened</source>
        <translation>内容を簡潔に入力してください</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新規タスク</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>タスクを編集</translation>
    </message>
    <message>
        <source>e.g. Send list of office spaces</source>
        <translation>例：オフィス物件リストを送付</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>期限を設定</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>期限日</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>タスク(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>期限(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>担当職員(&amp;O)</translation>
    </message>
</context>
<context>
    <name>_SectionBox</name>
    <message>
        <source>{title} ({shown} of {total})</source>
        <extracomment>Rows a section shows before it scrolls.</extracomment>
        <translation>{title}（{total}件中{shown}件）</translation>
    </message>
    <message>
        <source>{title} ({total})</source>
        <translation>{title}（{total}件）</translation>
    </message>
</context>
</TS>
