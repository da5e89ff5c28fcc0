<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message>
        <source>Apply Code</source>
        <translation>应用编码</translation>
    </message>
    <message>
        <source>Remove Coding</source>
        <translation>移除编码标注</translation>
    </message>
    <message>
        <source>Change Code Colour</source>
        <translation>更改编码颜色</translation>
    </message>
    <message>
        <source>The code no longer exists.</source>
        <translation>该编码已不存在。</translation>
    </message>
    <message>
        <source>Change Code Definition</source>
        <translation>更改编码定义</translation>
    </message>
    <message>
        <source>Change "Use When"</source>
        <translation>更改“适用情形”</translation>
    </message>
    <message>
        <source>Change "Do Not Use When"</source>
        <translation>更改“不适用情形”</translation>
    </message>
    <message>
        <source>Change Code Example</source>
        <translation>更改编码示例</translation>
    </message>
    <message>
        <source>Change Code Memo</source>
        <translation>更改编码备忘</translation>
    </message>
    <message>
        <source>Change Coding Memo</source>
        <translation>更改编码标注备忘</translation>
    </message>
    <message>
        <source>Adjust Coding Boundaries</source>
        <translation>调整编码标注边界</translation>
    </message>
    <message>
        <source>Mark Record Done</source>
        <translation>标记记录为已完成</translation>
    </message>
    <message>
        <source>Change Record Status</source>
        <translation>更改记录状态</translation>
    </message>
    <message>
        <source>Create Code</source>
        <translation>新建编码</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>删除编码</translation>
    </message>
    <message>
        <source>Merge Codes</source>
        <translation>合并编码</translation>
    </message>
    <message>
        <source>Move Code</source>
        <translation>移动编码</translation>
    </message>
    <message>
        <source>Rename Code</source>
        <translation>重命名编码</translation>
    </message>
</context>
<context>
    <name>dyad::ui::CodePicker</name>
    <message>
        <source>Apply Code</source>
        <translation>应用编码</translation>
    </message>
    <message>
        <source>Type to find a code; Enter applies it</source>
        <translation>输入以查找编码；按 Enter 应用</translation>
    </message>
    <message>
        <source>Create code "%1"</source>
        <translation>新建编码“%1”</translation>
    </message>
</context>
<context>
    <name>dyad::ui::CodebookModel</name>
    <message>
        <source>(private while blinded)</source>
        <translation>（盲法期间仅自己可见）</translation>
    </message>
    <message>
        <source>Use when:</source>
        <translation>适用情形：</translation>
    </message>
    <message>
        <source>Do not use when:</source>
        <translation>不适用情形：</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n time(s) by you.</source>
        <translation><numerusform>您已应用 %n 次。</numerusform></translation>
    </message>
    <message>
        <source>Applied %1 time(s) by you, %2 with its sub-codes.</source>
        <translation>您已应用 %1 次，含子编码共 %2 次。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>快捷键</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Codes</source>
        <translation><numerusform>移动 %n 个编码</numerusform></translation>
    </message>
</context>
<context>
    <name>dyad::ui::Document</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>dyad::ui::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Select a coding in the text or a code in the codebook to see its details here.</source>
        <translation>在文本中选择一个编码标注，或在编码本中选择一个编码，即可在此查看详情。</translation>
    </message>
    <message>
        <source>Why this passage carries this code…</source>
        <translation>为什么这段文字使用此编码……</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Coded by:</source>
        <translation>编码者：</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>引文：</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>备忘：</translation>
    </message>
    <message>
        <source>Change the code's colour</source>
        <translation>更改编码颜色</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>定义：</translation>
    </message>
    <message>
        <source>Use when:</source>
        <translation>适用情形：</translation>
    </message>
    <message>
        <source>Do not use when:</source>
        <translation>不适用情形：</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>Fill from Selected Quote</source>
        <translation>用选中的引文填写</translation>
    </message>
    <message>
        <source>Use the text selected in the record as this code's example</source>
        <translation>将记录中选中的文字用作此编码的示例</translation>
    </message>
    <message>
        <source>Code Colour</source>
        <translation>编码颜色</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
</context>
<context>
    <name>dyad::ui::MainWindow</name>
    <message>
        <source>reviewer</source>
        <translation>评审员</translation>
    </message>
    <message>
        <source>adjudicator</source>
        <translation>仲裁员</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>independent coding</source>
        <translation>独立编码</translation>
    </message>
    <message>
        <source>reconciliation</source>
        <translation>协调</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Switch &amp;Reviewer…</source>
        <translation>切换评审员(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find Records…</source>
        <translation>查找记录(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Apply Code…</source>
        <translation>应用编码(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Apply Code %1</source>
        <translation>应用编码 %1</translation>
    </message>
    <message>
        <source>New Code from &amp;Selection (In Vivo)</source>
        <translation>用选中文字新建编码（原生编码）(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Remove Coding</source>
        <translation>移除编码标注(&amp;R)</translation>
    </message>
    <message>
        <source>Extend Coding End</source>
        <translation>延长编码标注结尾</translation>
    </message>
    <message>
        <source>Alt+Shift+Right</source>
        <translation>Alt+Shift+Right</translation>
    </message>
    <message>
        <source>Shrink Coding End</source>
        <translation>缩短编码标注结尾</translation>
    </message>
    <message>
        <source>Alt+Shift+Left</source>
        <translation>Alt+Shift+Left</translation>
    </message>
    <message>
        <source>Extend Coding Start</source>
        <translation>提前编码标注开头</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Shrink Coding Start</source>
        <translation>推后编码标注开头</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Set Coding Span to &amp;Selection</source>
        <translation>将编码标注范围设为选区(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Next Coding</source>
        <translation>下一个编码标注</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Previous Coding</source>
        <translation>上一个编码标注</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Edit Coding &amp;Memo</source>
        <translation>编辑编码标注备忘(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>S&amp;nap to Word Boundaries</source>
        <translation>对齐到词边界(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>&amp;New Code</source>
        <translation>新建编码(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New &amp;Sub-code</source>
        <translation>新建子编码(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <source>&amp;Rename Code</source>
        <translation>重命名编码(&amp;R)</translation>
    </message>
    <message>
        <source>Change &amp;Colour…</source>
        <translation>更改颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Merge Codes</source>
        <translation>合并编码(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Delete Code</source>
        <translation>删除编码(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Delete</source>
        <translation>Ctrl+Shift+Delete</translation>
    </message>
    <message>
        <source>Mark Record &amp;Done</source>
        <translation>标记记录为已完成(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Next &amp;Uncoded Record</source>
        <translation>下一条未编码记录(&amp;U)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Record</source>
        <translation>下一条记录(&amp;X)</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>&amp;Previous Record</source>
        <translation>上一条记录(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Dyad</source>
        <translation>关于 Dyad(&amp;A)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Search titles and abstracts (English or 中文)</source>
        <translation>搜索标题和摘要（英文或中文）</translation>
    </message>
    <message>
        <source>Show the records of one round</source>
        <translation>只显示某一轮的记录</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Coded or not</source>
        <translation>已编码或未编码</translation>
    </message>
    <message>
        <source>Coded</source>
        <translation>已编码</translation>
    </message>
    <message>
        <source>Uncoded</source>
        <translation>未编码</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>编码本</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation>编码标注(&amp;C)</translation>
    </message>
    <message>
        <source>Apply Code by &amp;Key</source>
        <translation>按键应用编码(&amp;K)</translation>
    </message>
    <message>
        <source>Coding &amp;Boundaries</source>
        <translation>编码标注边界(&amp;B)</translation>
    </message>
    <message>
        <source>Code&amp;book</source>
        <translation>编码本(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Choose who you are (File › Switch Reviewer) before coding.</source>
        <translation>编码前请先选择您的身份（文件 › 切换评审员）。</translation>
    </message>
    <message>
        <source>There is no reviewer called "%1" in %2. Choose one, or add yourself.</source>
        <translation>%2 中没有名为“%1”的评审员。请选择一位，或添加您自己。</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Dyad projects (*.dyad)</source>
        <translation>Dyad 项目 (*.dyad)</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Dyad projects (*.dyad);;All files (*)</source>
        <translation>Dyad 项目 (*.dyad);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>正在保存副本……</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>已将副本保存为 %1</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>清空菜单</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Every record in the list is coded or done.</source>
        <translation>列表中的每条记录都已编码或已完成。</translation>
    </message>
    <message>
        <source>This record is not assigned to you in an open round.</source>
        <translation>在进行中的轮次里，这条记录没有分配给您。</translation>
    </message>
    <message>
        <source>Marked done. F8 goes to the next uncoded record.</source>
        <translation>已标记为完成。按 F8 转到下一条未编码记录。</translation>
    </message>
    <message>
        <source>Select some text first, then apply a code.</source>
        <translation>请先选中一些文字，再应用编码。</translation>
    </message>
    <message>
        <source>Select the words to use as the code's name.</source>
        <translation>请选中用作编码名称的文字。</translation>
    </message>
    <message>
        <source>New Code from Selection</source>
        <translation>用选中文字新建编码</translation>
    </message>
    <message>
        <source>Click a coding (or its stripe) to select it first.</source>
        <translation>请先点击一个编码标注（或其色条）将其选中。</translation>
    </message>
    <message>
        <source>Select a coding, then select the text it should cover.</source>
        <translation>请先选择一个编码标注，再选中它应覆盖的文字。</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>新编码</translation>
    </message>
    <message>
        <source>Code Colour</source>
        <translation>编码颜色</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n Code(s)</source>
        <translation><numerusform>合并 %n 个编码</numerusform></translation>
    </message>
    <message>
        <source>Merge Into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>删除编码</translation>
    </message>
    <message>
        <source>Delete %1? Codes still in use cannot be deleted: merge them into another code instead.</source>
        <translation>删除 %1？仍在使用的编码不能删除：请改为将其合并到另一个编码。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Code(s)</source>
        <translation><numerusform>删除 %n 个编码</numerusform></translation>
    </message>
    <message>
        <source>Apply Code</source>
        <translation>应用编码</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Apply to Selected Text</source>
        <translation>应用到选中文字</translation>
    </message>
    <message>
        <source>Assign Quick Key</source>
        <translation>指定快捷键</translation>
    </message>
    <message>
        <source>%1 (now: %2)</source>
        <translation>%1（当前：%2）</translation>
    </message>
    <message>
        <source>About Dyad</source>
        <translation>关于 Dyad</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dyad %1&lt;/h3&gt;&lt;p&gt;Dual independent qualitative coding of titles and abstracts, with agreement and reconciliation.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dyad %1&lt;/h3&gt;&lt;p&gt;对标题和摘要进行双人独立定性编码，并计算一致性、协调分歧。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dyad</source>
        <translation>Dyad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used the next time Dyad starts.</source>
        <translation>新语言将在下次启动 Dyad 时生效。</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Reviewer: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>评审员：&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>Reviewer: &lt;i&gt;not chosen&lt;/i&gt;</source>
        <translation>评审员：&lt;i&gt;未选择&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Round: &lt;b&gt;%1&lt;/b&gt; — %2%3</source>
        <translation>轮次：&lt;b&gt;%1&lt;/b&gt; — %2%3</translation>
    </message>
    <message>
        <source>, unblinded</source>
        <translation>，已揭盲</translation>
    </message>
    <message>
        <source>No open round</source>
        <translation>没有进行中的轮次</translation>
    </message>
    <message>
        <source>Record %1 of %2</source>
        <translation>第 %1 条，共 %2 条</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>no reviewer</source>
        <translation>无评审员</translation>
    </message>
</context>
<context>
    <name>dyad::ui::RecordListModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>First author</source>
        <translation>第一作者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>编码标注</translation>
    </message>
</context>
<context>
    <name>dyad::ui::RecordView</name>
    <message>
        <source>No record selected</source>
        <translation>未选择记录</translation>
    </message>
    <message>
        <source>(untitled record)</source>
        <translation>（无标题记录）</translation>
    </message>
    <message>
        <source>%1 et al.</source>
        <translation>%1 等</translation>
    </message>
    <message>
        <source>(hidden code)</source>
        <translation>（隐藏的编码）</translation>
    </message>
</context>
<context>
    <name>dyad::ui::ReviewerDialog</name>
    <message>
        <source>reviewer</source>
        <translation>评审员</translation>
    </message>
    <message>
        <source>adjudicator</source>
        <translation>仲裁员</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>Who Are You?</source>
        <translation>您是谁？</translation>
    </message>
    <message>
        <source>Choose the reviewer you code as in &lt;b&gt;%1&lt;/b&gt;. While a round is in its independent phase you will only see your own codings.</source>
        <translation>选择您在 &lt;b&gt;%1&lt;/b&gt; 中的评审员身份。轮次处于独立编码阶段时，您只能看到自己的编码标注。</translation>
    </message>
    <message>
        <source>New reviewer's name</source>
        <translation>新评审员的姓名</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add Reviewer</source>
        <translation>添加评审员</translation>
    </message>
</context>
<context>
    <name>dyad::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Dyad qualitative coding workbench</source>
        <translation>Dyad 定性编码工作台</translation>
    </message>
    <message>
        <source>Work as the reviewer called NAME.</source>
        <translation>以名为 NAME 的评审员身份工作。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>User interface language (en, zh_CN).</source>
        <translation>界面语言（en、zh_CN）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>The project file (.dyad) to open.</source>
        <translation>要打开的项目文件（.dyad）。</translation>
    </message>
</context>
</TS>