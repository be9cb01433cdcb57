<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../gui/models/audit_model.py" line="97"/>
        <source>AuditModel</source>
        <comment>Who</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/audit_model.py" line="98"/>
        <source>AuditModel</source>
        <comment>Action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/audit_model.py" line="99"/>
        <source>AuditModel</source>
        <comment>Table</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/audit_model.py" line="100"/>
        <source>AuditModel</source>
        <comment>Row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/audit_model.py" line="101"/>
        <source>AuditModel</source>
        <comment>Changes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/orders_model.py" line="80"/>
        <source>OrdersModel</source>
        <comment>Created</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/orders_model.py" line="81"/>
        <source>OrdersModel</source>
        <comment>Customer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/orders_model.py" line="82"/>
        <source>OrdersModel</source>
        <comment>Phone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/orders_model.py" line="83"/>
        <source>OrdersModel</source>
        <comment>Pickup</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/orders_model.py" line="84"/>
        <source>OrdersModel</source>
        <comment>Status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/orders_model.py" line="85"/>
        <source>OrdersModel</source>
        <comment>Total</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/orders_model.py" line="86"/>
        <source>OrdersModel</source>
        <comment>Paid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/orders_model.py" line="87"/>
        <source>OrdersModel</source>
        <comment>Balance</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/users_model.py" line="30"/>
        <source>Role</source>
        <comment>customer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/users_model.py" line="31"/>
        <source>Role</source>
        <comment>cashier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/users_model.py" line="32"/>
        <source>Role</source>
        <comment>baker</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/users_model.py" line="33"/>
        <source>Role</source>
        <comment>administrator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/users_model.py" line="61"/>
        <source>UsersModel</source>
        <comment>Name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/users_model.py" line="62"/>
        <source>UsersModel</source>
        <comment>Role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/users_model.py" line="63"/>
        <source>UsersModel</source>
        <comment>Phone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/users_model.py" line="64"/>
        <source>UsersModel</source>
        <comment>E-mail</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/users_model.py" line="65"/>
        <source>UsersModel</source>
        <comment>State</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/users_model.py" line="66"/>
        <source>UsersModel</source>
        <comment>Last login</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/users_model.py" line="136"/>
        <source>UsersModel</source>
        <comment>deactivated</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/users_model.py" line="138"/>
        <source>UsersModel</source>
        <comment>locked</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/users_model.py" line="139"/>
        <source>UsersModel</source>
        <comment>active</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="70"/>
        <source>Cakeshop — administration — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="121"/>
        <location filename="../../gui/windows/admin_window.py" line="125"/>
        <location filename="../../gui/windows/admin_window.py" line="142"/>
        <source>Cakeshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="131"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="136"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="155"/>
        <source>Save the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="220"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="221"/>
        <location filename="../../gui/windows/admin_window.py" line="234"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="222"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="223"/>
        <source>Price, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="224"/>
        <source>Weight, g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="225"/>
        <source>Allergens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="226"/>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="227"/>
        <source>Made to order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="228"/>
        <source>Lead time, h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="229"/>
        <source>On sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="235"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="236"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="286"/>
        <source>The table {0} has changes that are not saved. Drop them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="315"/>
        <source>{0}: {1} rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="317"/>
        <source>, more load as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="319"/>
        <source> — read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="321"/>
        <source> — loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="345"/>
        <source>Select a cake first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="349"/>
        <source>Save the new cake first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="362"/>
        <source>«{0}» is added as a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="374"/>
        <source>Delete «{0}»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="388"/>
        <source>The cake is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="403"/>
        <source>The recipe is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="419"/>
        <source>Imported: {0} added, {1} changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="428"/>
        <source>Export {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="430"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/admin_window.py" line="440"/>
        <source>{0} rows written to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="14"/>
        <source>Cakeshop — administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="17"/>
        <source>Administration window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="24"/>
        <source>Administration sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="31"/>
        <source>A&amp;ssortment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="44"/>
        <location filename="../../../ui/admin_window.ui" line="47"/>
        <location filename="../../../ui/admin_window.ui" line="178"/>
        <source>Cakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="55"/>
        <source>Filter cakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="58"/>
        <source>Filter by name, SKU or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="68"/>
        <source>Add a cake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="71"/>
        <source>&amp;Add cake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="74"/>
        <source>Add a new cake row (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="81"/>
        <source>Duplicate the cake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="84"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="87"/>
        <source>A copy with a new SKU, no stock and the same recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="94"/>
        <source>Delete the cake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="97"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="100"/>
        <source>A cake that was ever sold is deactivated instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="107"/>
        <source>Edit the recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="110"/>
        <source>&amp;Recipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="113"/>
        <source>Ingredients and quantities of the selected cake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="120"/>
        <source>Import cakes from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="123"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="130"/>
        <source>Export cakes to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="133"/>
        <location filename="../../../ui/admin_window.ui" line="359"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="153"/>
        <source>Revert cake changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="156"/>
        <location filename="../../../ui/admin_window.ui" line="382"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="163"/>
        <source>Save cake changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="166"/>
        <source>&amp;Save cakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="169"/>
        <source>Save every pending change (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="198"/>
        <location filename="../../../ui/admin_window.ui" line="201"/>
        <location filename="../../../ui/admin_window.ui" line="267"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="209"/>
        <source>Add a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="212"/>
        <source>Add categor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="219"/>
        <source>Delete the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="222"/>
        <source>Delete category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="225"/>
        <source>Its cakes stay, without a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="245"/>
        <source>Revert category changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="248"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="255"/>
        <source>Save category changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="258"/>
        <source>Save categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="291"/>
        <source>&amp;Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="304"/>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="307"/>
        <source>Every table of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="317"/>
        <source>Filter rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="320"/>
        <source>Filter: text in any text column, or a row id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="330"/>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="333"/>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="336"/>
        <source>A new row at the end (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="343"/>
        <source>Delete the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="346"/>
        <source>&amp;Delete rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="349"/>
        <source>Marks the selected rows; they go when you save (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="356"/>
        <source>Export the table to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="379"/>
        <source>Revert changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="385"/>
        <source>Forget every pending change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="392"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="395"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="398"/>
        <source>Save every pending change in one transaction (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="407"/>
        <source>Table rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="426"/>
        <source>Table status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="441"/>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="449"/>
        <source>Register a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="452"/>
        <source>&amp;Register user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="459"/>
        <source>Change the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="462"/>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="469"/>
        <source>Reset the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="472"/>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="479"/>
        <source>Lock the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="482"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="489"/>
        <source>Unlock the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="492"/>
        <source>U&amp;nlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="499"/>
        <source>Deactivate or reactivate the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="502"/>
        <source>Deac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="524"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="544"/>
        <source>Au&amp;dit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="552"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="559"/>
        <source>Filter by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="569"/>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="576"/>
        <source>Filter by table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="586"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="593"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="599"/>
        <location filename="../../../ui/admin_window.ui" line="619"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="606"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="613"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="626"/>
        <source>Show the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="629"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="651"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="676"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="685"/>
        <source>&amp;Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="697"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="700"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="703"/>
        <source>Read the shown data again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="708"/>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="711"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="716"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="719"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="724"/>
        <source>&amp;Ordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="727"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="730"/>
        <source>The ordering window: catalogue, cart, orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="735"/>
        <source>&amp;Production board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="738"/>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="741"/>
        <source>What the bakers make and by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="746"/>
        <source>Sales &amp;analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="749"/>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_window.ui" line="752"/>
        <source>Revenue, top cakes, shift reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsWindow</name>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="156"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="158"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="159"/>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="160"/>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="164"/>
        <location filename="../../../ui/analytics_window.ui" line="211"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="165"/>
        <source>Quantity sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="283"/>
        <location filename="../../../ui/analytics_window.ui" line="181"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="286"/>
        <source>Computing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="308"/>
        <source>{0} for {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="314"/>
        <source>Revenue by {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="327"/>
        <location filename="../../gui/windows/analytics_window.py" line="364"/>
        <location filename="../../../ui/analytics_window.ui" line="626"/>
        <source>Orders by hour of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="334"/>
        <location filename="../../gui/windows/analytics_window.py" line="365"/>
        <location filename="../../../ui/analytics_window.ui" line="633"/>
        <source>Orders by day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="338"/>
        <source>No sales in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="338"/>
        <source>Report ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="359"/>
        <source>Revenue by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="360"/>
        <source>Top cakes by revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="361"/>
        <source>Top cakes by quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="362"/>
        <location filename="../../../ui/analytics_window.ui" line="563"/>
        <source>Revenue by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="363"/>
        <location filename="../../../ui/analytics_window.ui" line="585"/>
        <source>Made to order and showcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="366"/>
        <location filename="../../../ui/analytics_window.ui" line="641"/>
        <source>Cancellations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="386"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="386"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="396"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="396"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="407"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="408"/>
        <source>Could not save {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/analytics_window.py" line="411"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="14"/>
        <location filename="../../../ui/analytics_window.ui" line="17"/>
        <source>Sales analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="26"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="36"/>
        <location filename="../../../ui/analytics_window.ui" line="56"/>
        <source>dd.MM.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="39"/>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="46"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="59"/>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="66"/>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="73"/>
        <source>Revenue chart grain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="76"/>
        <source>Bucket the revenue chart by day, week or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="96"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="99"/>
        <source>Period: today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="106"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="109"/>
        <source>Period: this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="116"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="119"/>
        <source>Period: this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="126"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="129"/>
        <source>Period: last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="132"/>
        <source>The whole of last month, by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="139"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="142"/>
        <source>Period: this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="162"/>
        <source>Computing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="184"/>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="191"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="194"/>
        <source>Compute the report again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="197"/>
        <source>Compute the report again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="229"/>
        <location filename="../../../ui/analytics_window.ui" line="263"/>
        <location filename="../../../ui/analytics_window.ui" line="297"/>
        <location filename="../../../ui/analytics_window.ui" line="331"/>
        <location filename="../../../ui/analytics_window.ui" line="365"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="232"/>
        <source>Revenue of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="245"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="266"/>
        <source>Orders of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="279"/>
        <location filename="../../../ui/analytics_window.ui" line="300"/>
        <source>Average check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="313"/>
        <location filename="../../../ui/analytics_window.ui" line="334"/>
        <source>Cakes sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="347"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="368"/>
        <source>Cancelled orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="381"/>
        <source>What counts as revenue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="384"/>
        <source>What counts as revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="416"/>
        <source>Revenue chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="427"/>
        <location filename="../../../ui/analytics_window.ui" line="476"/>
        <source>Top cakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="447"/>
        <source>Rank by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="454"/>
        <source>Rank top cakes by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="500"/>
        <source>Report details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="504"/>
        <source>Revenue table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="522"/>
        <source>Revenue by period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="545"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="608"/>
        <source>Hours and weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="659"/>
        <source>Cancellations by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="688"/>
        <source>Shift report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="691"/>
        <source>Open the shift report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="694"/>
        <source>A cashier&apos;s Z report for one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="704"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="710"/>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="730"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="733"/>
        <source>Export the tables as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="736"/>
        <source>The shown tables in a CSV file Excel opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="743"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="746"/>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="749"/>
        <source>The whole report with the chart as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="760"/>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="775"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="778"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="783"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="786"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="791"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="794"/>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="799"/>
        <source>&amp;Shift report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="802"/>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="807"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/analytics_window.ui" line="810"/>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../gui/models/audit_model.py" line="176"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <location filename="../../gui/dialogs/order_actions.py" line="99"/>
        <source>Cancel order {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_actions.py" line="104"/>
        <source>Cakes taken from the showcase go back on the showcase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_actions.py" line="105"/>
        <source>The production room booked for made-to-order cakes is freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_actions.py" line="109"/>
        <source>The customer paid {0}: return it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_actions.py" line="115"/>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_actions.py" line="115"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_actions.py" line="119"/>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_actions.py" line="130"/>
        <location filename="../../gui/dialogs/order_actions.py" line="132"/>
        <source>Cancel the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_actions.py" line="133"/>
        <location filename="../../gui/dialogs/order_actions.py" line="135"/>
        <source>Keep the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_actions.py" line="156"/>
        <source>At most {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartControls</name>
    <message>
        <location filename="../../gui/widgets/cart_controls.py" line="37"/>
        <source>Remove the cart line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/cart_controls.py" line="54"/>
        <source>Total: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/cart_controls.py" line="56"/>
        <source>Cart ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/cart_controls.py" line="56"/>
        <source>Cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/cart_controls.py" line="90"/>
        <source>Clear the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/cart_controls.py" line="91"/>
        <source>Take all {0} line(s) out of the cart?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogFilters</name>
    <message>
        <location filename="../../gui/widgets/catalog_filters.py" line="41"/>
        <location filename="../../gui/widgets/catalog_filters.py" line="104"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/catalog_filters.py" line="52"/>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/catalog_filters.py" line="53"/>
        <source>Cheapest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/catalog_filters.py" line="54"/>
        <source>Dearest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/catalog_filters.py" line="55"/>
        <source>Most popular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/catalog_filters.py" line="135"/>
        <source>Without allergens ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/catalog_filters.py" line="137"/>
        <source>Without allergens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <location filename="../../gui/delegates.py" line="70"/>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/delegates.py" line="115"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="93"/>
        <location filename="../../../ui/checkout_dialog.ui" line="14"/>
        <location filename="../../../ui/checkout_dialog.ui" line="17"/>
        <source>Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="112"/>
        <source>Cake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="113"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="114"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="115"/>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="116"/>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="425"/>
        <source>Inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="117"/>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="426"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="123"/>
        <source> (made to order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="143"/>
        <source>Name, login or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="185"/>
        <source>«{0}» takes {1} h to make: the earliest pickup is {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="192"/>
        <source>Showcase cakes only: they are ready now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="216"/>
        <source>You pay at the counter when you collect the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="354"/>
        <source>Minimum deposit: {0} (30 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="360"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="361"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="362"/>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="369"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="363"/>
        <source>Paid now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="364"/>
        <source>Balance at pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="370"/>
        <source>To pay at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="383"/>
        <source>Choose a registered customer from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="387"/>
        <location filename="../../../ui/checkout_dialog.ui" line="109"/>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/checkout_dialog.py" line="477"/>
        <source>Placing the order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="27"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="35"/>
        <source>&amp;Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="38"/>
        <source>Walk-in customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="48"/>
        <source>Re&amp;gistered customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="51"/>
        <location filename="../../../ui/checkout_dialog.ui" line="83"/>
        <source>Registered customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="73"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="92"/>
        <source>Type a name, login or phone to find a registered customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="99"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="112"/>
        <source>Name of the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="125"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="135"/>
        <source>Customer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="138"/>
        <source>+7 900 123-45-67</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="154"/>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="160"/>
        <source>The customer takes the cakes &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="163"/>
        <source>Hand out now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="166"/>
        <source>Sold at the counter: the order is paid in full and handed out at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="173"/>
        <source>Set a pickup &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="176"/>
        <source>Set a pickup time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="183"/>
        <source>Pickup &amp;time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="193"/>
        <source>Pickup date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="209"/>
        <source>Earliest pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="229"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="235"/>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="245"/>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="254"/>
        <source>&amp;Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="257"/>
        <source>Full payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="267"/>
        <source>D&amp;eposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="270"/>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="292"/>
        <source>Pa&amp;id now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="302"/>
        <source>Paid amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="324"/>
        <source>Minimum deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="337"/>
        <source>Disco&amp;unt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="347"/>
        <source>Discount percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="372"/>
        <source>Payment note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="391"/>
        <source>Order total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="414"/>
        <source>Cakes: inscription and notes (double-click or F2 to edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="420"/>
        <source>Cakes, inscriptions and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="447"/>
        <source>Order n&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="457"/>
        <source>Order notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="460"/>
        <source>For the whole order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="478"/>
        <source>Checkout error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="496"/>
        <source>Checkout progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="516"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="519"/>
        <source>Cancel checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="526"/>
        <source>&amp;Place order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/checkout_dialog.ui" line="529"/>
        <source>Place order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <location filename="../../gui/widgets/connection_status.py" line="24"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/connection_status.py" line="25"/>
        <source>Waiting for the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/connection_status.py" line="26"/>
        <source>Offline: the database is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/connection_status.py" line="28"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/connection_status.py" line="33"/>
        <source>Your work is kept. The app keeps trying; press F5 to try again now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <location filename="../../gui/dialogs/order_actions.py" line="38"/>
        <source>Hand out order {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_actions.py" line="43"/>
        <source>Hand order &lt;b&gt;{0}&lt;/b&gt; to &lt;b&gt;{1}&lt;/b&gt;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_actions.py" line="44"/>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_actions.py" line="52"/>
        <source>How the balance is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_actions.py" line="58"/>
        <source>Amount to collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_actions.py" line="61"/>
        <source>&lt;span style=&apos;font-size:16pt&apos;&gt;Collect &lt;b&gt;{0}&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_actions.py" line="65"/>
        <source>Paid so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_actions.py" line="67"/>
        <source>Paid by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_actions.py" line="69"/>
        <source>Paid in full: nothing to collect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_actions.py" line="74"/>
        <location filename="../../gui/dialogs/order_actions.py" line="76"/>
        <source>Hand out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../gui/dialogs/import_dialog.py" line="40"/>
        <source>Import cakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_dialog.py" line="41"/>
        <source>Import cakes from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_dialog.py" line="45"/>
        <source>&amp;Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_dialog.py" line="47"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_dialog.py" line="50"/>
        <source>Columns: sku, name, price and optionally description, category, weight_grams, allergens, stock_qty, made_to_order, lead_time_hours, is_active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_dialog.py" line="57"/>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_dialog.py" line="61"/>
        <source>Import preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_dialog.py" line="64"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_dialog.py" line="65"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_dialog.py" line="66"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_dialog.py" line="67"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_dialog.py" line="68"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_dialog.py" line="76"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_dialog.py" line="81"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_dialog.py" line="100"/>
        <source>Cakes to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_dialog.py" line="100"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_dialog.py" line="108"/>
        <source>the file is larger than 5 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_dialog.py" line="111"/>
        <source>Cannot read {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_dialog.py" line="132"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_dialog.py" line="132"/>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_dialog.py" line="151"/>
        <source>{0} rows can be imported, {1} are refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../gui/dialogs/login_dialog.py" line="30"/>
        <source>Database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/login_dialog.py" line="54"/>
        <source>Enter your login and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/login_dialog.ui" line="14"/>
        <source>Cakeshop — log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/login_dialog.ui" line="17"/>
        <location filename="../../../ui/login_dialog.ui" line="214"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/login_dialog.ui" line="56"/>
        <source>&lt;b&gt;Cakeshop&lt;/b&gt;&lt;br&gt;Log in to the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/login_dialog.ui" line="86"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/login_dialog.ui" line="96"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/login_dialog.ui" line="102"/>
        <source>your login, e.g. anna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/login_dialog.ui" line="109"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/login_dialog.ui" line="119"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/login_dialog.ui" line="134"/>
        <source>Login error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/login_dialog.ui" line="204"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/login_dialog.ui" line="217"/>
        <source>Log &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="73"/>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="199"/>
        <location filename="../../../ui/order_detail_dialog.ui" line="14"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="74"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="102"/>
        <source>Order {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="103"/>
        <source>Order № {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="112"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="117"/>
        <source>not paid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="127"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="128"/>
        <location filename="../../../ui/order_detail_dialog.ui" line="184"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="129"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="130"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="131"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="144"/>
        <source>Inscription: «{0}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="149"/>
        <source> (made to order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="157"/>
        <source>Cake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="158"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="159"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="160"/>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="161"/>
        <source>Inscription / notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="177"/>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="195"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="178"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="179"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="180"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="181"/>
        <source>Taken by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="195"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="195"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="195"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="217"/>
        <source>Receipt for order {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="217"/>
        <source>Ticket {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="225"/>
        <source>receipt-{0}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="227"/>
        <location filename="../../../ui/order_detail_dialog.ui" line="383"/>
        <source>Save receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="227"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/order_detail_dialog.py" line="240"/>
        <source>The PDF could not be written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="17"/>
        <source>Order details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="28"/>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="60"/>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="74"/>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="84"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="94"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="104"/>
        <source>Customer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="114"/>
        <source>Pickup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="124"/>
        <source>Pickup time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="134"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="144"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="154"/>
        <source>Payment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="164"/>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="174"/>
        <source>Discount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="194"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="204"/>
        <source>Order notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="224"/>
        <source>Cakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="230"/>
        <source>Order items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="258"/>
        <source>Order totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="275"/>
        <location filename="../../../ui/order_detail_dialog.ui" line="281"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="306"/>
        <location filename="../../../ui/order_detail_dialog.ui" line="312"/>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="342"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="357"/>
        <source>Print &amp;receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="360"/>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="367"/>
        <source>Print &amp;ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="370"/>
        <source>The ticket that travels with the order to the bakery and the pickup shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="373"/>
        <source>Print order ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="380"/>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/order_detail_dialog.ui" line="403"/>
        <location filename="../../../ui/order_detail_dialog.ui" line="406"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <location filename="../../gui/formatting.py" line="44"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/formatting.py" line="45"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/formatting.py" line="46"/>
        <source>In production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/formatting.py" line="47"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/formatting.py" line="48"/>
        <source>Handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/formatting.py" line="49"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderingWindow</name>
    <message>
        <location filename="../../gui/windows/ordering_window.py" line="95"/>
        <source>Cakeshop — ordering — {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/ordering_window.py" line="98"/>
        <source>Cakeshop — catalogue and orders — {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/ordering_window.py" line="140"/>
        <source>The orders list is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/ordering_window.py" line="170"/>
        <source>&amp;Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/ordering_window.py" line="175"/>
        <source>&amp;Ordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/ordering_window.py" line="176"/>
        <source>&amp;Production board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/ordering_window.py" line="177"/>
        <source>&amp;Sales analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/ordering_window.py" line="205"/>
        <source>Search by name or code (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/ordering_window.py" line="232"/>
        <source>The database is unreachable; retrying every few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/ordering_window.py" line="236"/>
        <source>Back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/ordering_window.py" line="248"/>
        <source>Found: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/ordering_window.py" line="254"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/ordering_window.py" line="295"/>
        <source>Choose a cake in the catalogue first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/ordering_window.py" line="303"/>
        <source>«{0}» × {1} added to the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/ordering_window.py" line="325"/>
        <source>No cake has the code {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/windows/ordering_window.py" line="362"/>
        <source>Order {0} placed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="14"/>
        <source>Cakeshop — ordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="17"/>
        <source>Ordering window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="28"/>
        <source>&amp;Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="41"/>
        <location filename="../../../ui/ordering_window.ui" line="222"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="49"/>
        <source>Search cakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="52"/>
        <source>Search by name or scan a barcode (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="58"/>
        <source>Type to filter; a scanned barcode + Enter puts the cake in the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="65"/>
        <location filename="../../../ui/ordering_window.ui" line="68"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="81"/>
        <location filename="../../../ui/ordering_window.ui" line="84"/>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="95"/>
        <source>&amp;Price from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="105"/>
        <source>Lowest price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="108"/>
        <location filename="../../../ui/ordering_window.ui" line="143"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="130"/>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="140"/>
        <source>Highest price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="165"/>
        <source>Available now only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="168"/>
        <source>A&amp;vailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="171"/>
        <source>Only cakes on the showcase or made to order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="178"/>
        <source>Made to order only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="181"/>
        <source>&amp;Made to order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="188"/>
        <source>Exclude allergens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="191"/>
        <source>Without allergens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="194"/>
        <source>Hide cakes that contain the checked allergens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="255"/>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="265"/>
        <source>Quantity to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="281"/>
        <source>Add to cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="284"/>
        <source>&amp;Add to cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="287"/>
        <source>Put the selected cake in the cart (Enter or double-click on a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="310"/>
        <location filename="../../../ui/ordering_window.ui" line="316"/>
        <source>Cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="338"/>
        <source>Cart message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="353"/>
        <source>Remove from cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="356"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="359"/>
        <source>Remove the selected line (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="366"/>
        <source>Clear the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="369"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="389"/>
        <source>Cart total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="404"/>
        <source>Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="407"/>
        <source>Chec&amp;kout (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="428"/>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="439"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="447"/>
        <source>&amp;Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="458"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="470"/>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="473"/>
        <source>Log out and let somebody else log in (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="476"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="481"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="484"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="489"/>
        <source>&amp;Find a cake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="492"/>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="497"/>
        <source>Find an &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="500"/>
        <source>F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="505"/>
        <source>Go to the &amp;cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="508"/>
        <source>F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="513"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="516"/>
        <source>Reload the catalogue, the cart and the orders (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="519"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="524"/>
        <source>C&amp;heckout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="527"/>
        <source>F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="532"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="535"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/ordering_window.ui" line="540"/>
        <source>&amp;About Cakeshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <location filename="../../gui/widgets/orders_panel.py" line="119"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/orders_panel.py" line="211"/>
        <source>No orders match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/orders_panel.py" line="296"/>
        <source>Receipt for order {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/orders_panel.py" line="296"/>
        <source>Ticket {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/orders_panel.py" line="310"/>
        <source>Order {0} is now {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="14"/>
        <location filename="../../../ui/orders_panel.ui" line="158"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="50"/>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="56"/>
        <source>Search by order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="66"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="72"/>
        <source>Search by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="79"/>
        <source>Order status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="86"/>
        <location filename="../../../ui/orders_panel.ui" line="102"/>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="89"/>
        <source>Filter by creation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="109"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="122"/>
        <source>Created until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="142"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="145"/>
        <source>Reload the orders from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="148"/>
        <source>Refresh orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="192"/>
        <source>Orders message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="201"/>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="204"/>
        <source>Order details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="211"/>
        <source>C&amp;onfirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="214"/>
        <source>Confirm a new order: its made-to-order cakes go to the bakery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="217"/>
        <source>Confirm order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="224"/>
        <source>&amp;Hand out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="227"/>
        <source>Give a ready order to the customer and collect the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="230"/>
        <source>Hand out order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="237"/>
        <source>Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="240"/>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="260"/>
        <source>Print &amp;receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="263"/>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="270"/>
        <source>Print &amp;ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/orders_panel.ui" line="273"/>
        <source>Print order ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../gui/models/audit_model.py" line="96"/>
        <source>AuditModel</source>
        <comment>When</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/orders_model.py" line="79"/>
        <source>OrdersModel</source>
        <comment>No.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/users_model.py" line="60"/>
        <source>UsersModel</source>
        <comment>Login</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuantityDelegate</name>
    <message>
        <location filename="../../gui/widgets/quantity_delegate.py" line="24"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipeDialog</name>
    <message>
        <location filename="../../gui/dialogs/recipe_dialog.py" line="40"/>
        <source>Recipe of «{0}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/recipe_dialog.py" line="41"/>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/recipe_dialog.py" line="48"/>
        <source>Recipe lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/recipe_dialog.py" line="50"/>
        <location filename="../../gui/dialogs/recipe_dialog.py" line="123"/>
        <source>Ingredient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/recipe_dialog.py" line="50"/>
        <location filename="../../gui/dialogs/recipe_dialog.py" line="129"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/recipe_dialog.py" line="50"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/recipe_dialog.py" line="55"/>
        <source>&amp;Add ingredient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/recipe_dialog.py" line="57"/>
        <source>Add an ingredient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/recipe_dialog.py" line="58"/>
        <source>&amp;Remove ingredient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/recipe_dialog.py" line="60"/>
        <source>Remove the ingredient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/recipe_dialog.py" line="63"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/recipe_dialog.py" line="166"/>
        <source>Line {0}: the quantity is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../gui/app.py" line="88"/>
        <source>The production board is not built yet: it comes in a later version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <location filename="../../gui/dialogs/shift_report_dialog.py" line="120"/>
        <location filename="../../../ui/shift_report_dialog.ui" line="78"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shift_report_dialog.py" line="131"/>
        <location filename="../../../ui/shift_report_dialog.ui" line="14"/>
        <location filename="../../../ui/shift_report_dialog.ui" line="17"/>
        <source>Shift report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shift_report_dialog.py" line="147"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shift_report_dialog.py" line="147"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shift_report_dialog.py" line="155"/>
        <source>Save failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shift_report_dialog.py" line="155"/>
        <source>Could not save {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shift_report_dialog.ui" line="25"/>
        <source>Cashier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shift_report_dialog.ui" line="32"/>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shift_report_dialog.ui" line="45"/>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shift_report_dialog.ui" line="55"/>
        <source>dd.MM.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shift_report_dialog.ui" line="58"/>
        <source>Day of the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shift_report_dialog.ui" line="81"/>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shift_report_dialog.ui" line="93"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shift_report_dialog.ui" line="99"/>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shift_report_dialog.ui" line="106"/>
        <source>Shift report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shift_report_dialog.ui" line="115"/>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shift_report_dialog.ui" line="118"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shift_report_dialog.ui" line="125"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shift_report_dialog.ui" line="128"/>
        <source>Print the shift report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shift_report_dialog.ui" line="135"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shift_report_dialog.ui" line="138"/>
        <source>Save the shift report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shift_report_dialog.ui" line="158"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shift_report_dialog.ui" line="161"/>
        <source>Close the shift report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <location filename="../../gui/models/table_model.py" line="307"/>
        <source>A new row, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/table_model.py" line="309"/>
        <source>Deleted when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/table_model.py" line="315"/>
        <source>refers to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/table_model.py" line="317"/>
        <source>at most {0} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/table_model.py" line="319"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/table_model.py" line="321"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/table_model.py" line="398"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/table_model.py" line="398"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/table_model.py" line="440"/>
        <source>A value is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../gui/dialogs/user_dialog.py" line="29"/>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="14"/>
        <location filename="../../../ui/user_dialog.ui" line="17"/>
        <source>Register a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="25"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="35"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="45"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="55"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="61"/>
        <source>3 to 64 Latin letters, digits, dots, dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="68"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="78"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="85"/>
        <source>Initial &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="95"/>
        <source>Initial password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="104"/>
        <source>At least 6 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="111"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="121"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="127"/>
        <source>+7 900 123-45-67</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="134"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="144"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="156"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="162"/>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gui/errors.py" line="14"/>
        <source>The database is unreachable: {0}
Your work is kept; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="19"/>
        <source>Something went wrong: {0}. Nothing was saved; the details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="27"/>
        <source>Cakeshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self._window</name>
    <message>
        <location filename="../../gui/widgets/admin_panels.py" line="59"/>
        <source>Select a user first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/admin_panels.py" line="73"/>
        <source>{0} is registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/admin_panels.py" line="85"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/admin_panels.py" line="86"/>
        <source>Role of {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/admin_panels.py" line="101"/>
        <source>Reset the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/admin_panels.py" line="102"/>
        <source>New password of {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/admin_panels.py" line="130"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/admin_panels.py" line="132"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/admin_panels.py" line="132"/>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/admin_panels.py" line="135"/>
        <source>{0}: {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/admin_panels.py" line="185"/>
        <source>Anybody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../gui/widgets/grid_editor.py" line="146"/>
        <source>Saved: {0} added, {1} changed, {2} deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/grid_editor.py" line="156"/>
        <source>Row {0}, {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/grid_editor.py" line="160"/>
        <source>Nothing was saved. Fix the marked cells:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/grid_editor.py" line="167"/>
        <source>Save or revert the pending changes first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../gui/widgets/admin_panels.py" line="162"/>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/admin_panels.py" line="164"/>
        <source>Anybody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/admin_panels.py" line="165"/>
        <source>Any table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/grid_editor.py" line="72"/>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/grid_editor.py" line="75"/>
        <source>Delete the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
