<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Local database</source>
        <translation>Локальная база данных</translation>
    </message>
    <message>
        <source>The orders are kept in a file on this computer ({0}). File → Settings… connects to the shop server.</source>
        <translation>Заказы хранятся в файле на этом компьютере ({0}). Файл → Настройки… подключает к серверу магазина.</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Демо-магазин</translation>
    </message>
    <message>
        <source>Made-up cakes, orders and logins for trying the app: not for real sales.</source>
        <translation>Выдуманные торты, заказы и логины, чтобы попробовать программу: не для настоящих продаж.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>The shop server, the shop&apos;s details and the language</source>
        <translation>Сервер магазина, реквизиты магазина и язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Cakeshop</source>
        <translation>&amp;О программе Cakeshop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>this list</source>
        <translation>этот список</translation>
    </message>
    <message>
        <source>refresh the catalogue, the cart and the orders</source>
        <translation>обновить каталог, корзину и заказы</translation>
    </message>
    <message>
        <source>the customers&apos; orders still to confirm</source>
        <translation>заказы покупателей, ещё не подтверждённые</translation>
    </message>
    <message>
        <source>find a cake: type a name or scan a barcode, then Enter (a barcode or the only match goes in the cart; several matches: the list)</source>
        <translation>найти торт: наберите название или отсканируйте штрихкод, затем Enter (штрихкод или единственное совпадение — сразу в корзину; несколько совпадений — в список)</translation>
    </message>
    <message>
        <source>find a cake: type a name or a code, then Enter</source>
        <translation>найти торт: наберите название или код, затем Enter</translation>
    </message>
    <message>
        <source>in a search field: go to the list</source>
        <translation>в поле поиска: перейти к списку</translation>
    </message>
    <message>
        <source>find an order: its number, or Tab and the phone (any part), then Enter</source>
        <translation>найти заказ: его номер или Tab и телефон (любая часть), затем Enter</translation>
    </message>
    <message>
        <source>go to the orders</source>
        <translation>перейти к заказам</translation>
    </message>
    <message>
        <source>go to the selected cart line&apos;s quantity; type a number and Enter to change it</source>
        <translation>перейти к количеству выбранной строки корзины; наберите число и Enter, чтобы изменить его</translation>
    </message>
    <message>
        <source>refresh the catalogue and the orders</source>
        <translation>обновить каталог и заказы</translation>
    </message>
    <message>
        <source>check out; Enter places the order</source>
        <translation>оформить заказ; Enter — оформить</translation>
    </message>
    <message>
        <source>on a cake: put one in the cart; on an order: open it</source>
        <translation>на торте: положить один в корзину; на заказе: открыть его</translation>
    </message>
    <message>
        <source>on an order: open it</source>
        <translation>на заказе: открыть его</translation>
    </message>
    <message>
        <source>in the cart: remove the line</source>
        <translation>в корзине: удалить строку</translation>
    </message>
    <message>
        <source>in the orders: print the receipt of the selected order</source>
        <translation>в заказах: напечатать чек выбранного заказа</translation>
    </message>
    <message>
        <source>a customer&apos;s own account: details, password, orders</source>
        <translation>учётная запись покупателя: данные, пароль, заказы</translation>
    </message>
    <message>
        <source>log out</source>
        <translation>выйти из учётной записи</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>закрыть программу</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>обновить</translation>
    </message>
    <message>
        <source>on a card: move it one column on</source>
        <translation>на карточке: передвинуть на столбец вперёд</translation>
    </message>
    <message>
        <source>on a card: move it one column back</source>
        <translation>на карточке: вернуть на столбец назад</translation>
    </message>
    <message>
        <source>go to the neighbouring column</source>
        <translation>перейти в соседний столбец</translation>
    </message>
    <message>
        <source>previous / next day</source>
        <translation>предыдущий / следующий день</translation>
    </message>
    <message>
        <source>print the shopping list</source>
        <translation>напечатать список покупок</translation>
    </message>
    <message>
        <source>compute the report again</source>
        <translation>пересчитать отчёт</translation>
    </message>
    <message>
        <source>print the report</source>
        <translation>напечатать отчёт</translation>
    </message>
    <message>
        <source>export the tables to CSV</source>
        <translation>выгрузить таблицы в CSV</translation>
    </message>
    <message>
        <source>export the report to PDF</source>
        <translation>выгрузить отчёт в PDF</translation>
    </message>
    <message>
        <source>a cashier&apos;s shift report</source>
        <translation>сменный отчёт кассира</translation>
    </message>
    <message>
        <source>close the window</source>
        <translation>закрыть окно</translation>
    </message>
    <message>
        <source>the counter, the production board, the analytics</source>
        <translation>касса, производство, аналитика</translation>
    </message>
    <message>
        <source>in a grid: add a row</source>
        <translation>в таблице: добавить строку</translation>
    </message>
    <message>
        <source>in a grid: delete the selected rows</source>
        <translation>в таблице: удалить выбранные строки</translation>
    </message>
    <message>
        <source>save the grid&apos;s changes</source>
        <translation>сохранить изменения таблицы</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <source>Made to order: ready {0} h after the order</source>
        <translation>Под заказ: готов через {0} ч после заказа</translation>
    </message>
    <message>
        <source>{0} on the showcase</source>
        <translation>{0} на витрине</translation>
    </message>
    <message>
        <source>made to order, {0} h</source>
        <translation>под заказ, {0} ч</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>распродан</translation>
    </message>
    <message>
        <source>%n in stock</source>
        <translation>в наличии: %n</translation>
    </message>
    <message>
        <source>{0} g</source>
        <translation>{0} г</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>Нажмите, чтобы отсортировать</translation>
    </message>
    <message>
        <source>Allergens: {0}</source>
        <translation>Аллергены: {0}</translation>
    </message>
    <message>
        <source>Cake</source>
        <translation>Торт</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>(deleted cake)</source>
        <translation>(удалённый торт)</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(без категории)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Made to order</source>
        <translation>Под заказ</translation>
    </message>
    <message>
        <source>Showcase</source>
        <translation>Витрина</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Only an administrator may give money back</source>
        <translation>Возвращать деньги может только администратор</translation>
    </message>
    <message>
        <source>No such order</source>
        <translation>Такого заказа нет</translation>
    </message>
    <message>
        <source>At most {0} can be given back of order {1}</source>
        <translation>По заказу {1} можно вернуть не больше {0}</translation>
    </message>
    <message>
        <source>At least {0} must be given back of order {1}</source>
        <translation>По заказу {1} нужно вернуть не меньше {0}</translation>
    </message>
    <message>
        <source>Choose how the money is given back</source>
        <translation>Выберите, как вернуть деньги</translation>
    </message>
    <message>
        <source>see ingredient stock</source>
        <translation>смотреть остатки ингредиентов</translation>
    </message>
    <message>
        <source>record ingredient stock</source>
        <translation>записывать движение ингредиентов</translation>
    </message>
    <message>
        <source>kind of stock change</source>
        <translation>вид движения запаса</translation>
    </message>
    <message>
        <source>Only purchases, adjustments and waste are entered by hand</source>
        <translation>Вручную вводятся только закупки, корректировки и списания</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>No such ingredient</source>
        <translation>Такого ингредиента нет</translation>
    </message>
    <message>
        <source>Only {0} {1} of «{2}» in stock: {3} cannot be taken</source>
        <translation>На складе только {0} {1} «{2}»: {3} взять нельзя</translation>
    </message>
    <message>
        <source>change ingredients</source>
        <translation>изменять ингредиенты</translation>
    </message>
    <message>
        <source>Cost per unit is too large</source>
        <translation>Цена за единицу слишком велика</translation>
    </message>
    <message>
        <source>see the stock ledger</source>
        <translation>смотреть журнал движения запасов</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>строк</translation>
    </message>
    <message>
        <source>check the stock ledger</source>
        <translation>проверять журнал движения запасов</translation>
    </message>
    <message>
        <source>give money back</source>
        <translation>возвращать деньги</translation>
    </message>
    <message>
        <source>order line</source>
        <translation>строка заказа</translation>
    </message>
    <message>
        <source>Only a handed-out order takes returns</source>
        <translation>Возврат возможен только по выданному заказу</translation>
    </message>
    <message>
        <source>No such line in this order</source>
        <translation>В этом заказе нет такой строки</translation>
    </message>
    <message>
        <source>Only showcase cakes are taken back</source>
        <translation>Назад принимаются только торты с витрины</translation>
    </message>
    <message>
        <source>Return at least one cake</source>
        <translation>Верните хотя бы один торт</translation>
    </message>
    <message numerus="yes">
        <source>Only %n of «{0}» can still be returned</source>
        <translation>
            <numerusform>Вернуть можно ещё только %n «{0}»</numerusform>
            <numerusform>Вернуть можно ещё только %n «{0}»</numerusform>
            <numerusform>Вернуть можно ещё только %n «{0}»</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown payment method {0}</source>
        <translation>Неизвестный способ оплаты {0}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>{0} cannot be negative</source>
        <translation>{0}: значение не может быть отрицательным</translation>
    </message>
    <message>
        <source>{0} is too large</source>
        <translation>{0}: слишком большое значение</translation>
    </message>
    <message>
        <source>{0} has more than {1} digits after the decimal point</source>
        <translation>{0}: больше {1} знаков после запятой</translation>
    </message>
    <message>
        <source>{0} must be given as an exact number, not {1!r}</source>
        <translation>{0}: нужно точное число, а не {1!r}</translation>
    </message>
    <message>
        <source>{0} is not a number: {1!r}</source>
        <translation>{0}: это не число: {1!r}</translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %</source>
        <translation>Скидка должна быть от 0 до 100 %</translation>
    </message>
    <message>
        <source>Discount cannot be negative</source>
        <translation>Скидка не может быть отрицательной</translation>
    </message>
    <message>
        <source>Give the discount in percent or in roubles, not both</source>
        <translation>Укажите скидку в процентах или в рублях, не то и другое сразу</translation>
    </message>
    <message>
        <source>A discount of {0} is more than the order&apos;s {1}</source>
        <translation>Скидка {0} больше суммы заказа {1}</translation>
    </message>
    <message>
        <source>Paid {0} is more than the order total {1}</source>
        <translation>Оплачено {0} — больше суммы заказа {1}</translation>
    </message>
    <message>
        <source>(other reasons)</source>
        <translation>(другие причины)</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(причина не указана)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Предоплата</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Order ticket</source>
        <translation>Бланк заказа</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>{0} must be a whole number</source>
        <translation>{0}: нужно целое число</translation>
    </message>
    <message>
        <source>{0} must be at least 1</source>
        <translation>{0}: не меньше 1</translation>
    </message>
    <message>
        <source>{0} cannot be more than {1}</source>
        <translation>{0}: не больше {1}</translation>
    </message>
    <message>
        <source>The {0} must be a whole number from {1} to {2}</source>
        <translation>{0}: нужно целое число от {1} до {2}</translation>
    </message>
    <message>
        <source>The page offset must be a whole number from 0</source>
        <translation>Смещение страницы — целое число от 0</translation>
    </message>
    <message>
        <source>A page holds 1 to {0} {1}</source>
        <translation>На странице от 1 до {0} {1}</translation>
    </message>
    <message>
        <source>Unknown {0} {1!r}: use one of {2}</source>
        <translation>{0}: неизвестное значение {1!r}; допустимы: {2}</translation>
    </message>
    <message>
        <source>{0} must be a date</source>
        <translation>{0}: нужна дата</translation>
    </message>
    <message>
        <source>{0} is out of range</source>
        <translation>{0}: вне допустимого диапазона</translation>
    </message>
    <message>
        <source>{0} must be given by name</source>
        <translation>{0}: значения задаются по именам</translation>
    </message>
    <message>
        <source>Unknown {0}</source>
        <translation>Неизвестный объект: {0}</translation>
    </message>
    <message>
        <source>{0} must be text</source>
        <translation>{0}: нужен текст</translation>
    </message>
    <message>
        <source>{0} is too long (at most {1} characters)</source>
        <translation>{0}: слишком длинно (не больше {1} символов)</translation>
    </message>
    <message>
        <source>{0} is required</source>
        <translation>{0}: обязательное поле</translation>
    </message>
    <message>
        <source>{0} contains an invisible control character (U+{1:04X})</source>
        <translation>{0}: содержит невидимый управляющий символ (U+{1:04X})</translation>
    </message>
    <message>
        <source>{0} contains a broken character</source>
        <translation>{0}: содержит испорченный символ</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>A login is 3 to 64 Latin letters, digits, dots, dashes or underscores</source>
        <translation>Логин — от 3 до 64 латинских букв, цифр, точек, дефисов или подчёркиваний</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Not a phone number: {0!r}</source>
        <translation>Это не номер телефона: {0!r}</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Not an e-mail address: {0!r}</source>
        <translation>Это не адрес электронной почты: {0!r}</translation>
    </message>
    <message>
        <source>A password must be text</source>
        <translation>Пароль должен быть текстом</translation>
    </message>
    <message>
        <source>A password needs at least 6 characters</source>
        <translation>В пароле должно быть не меньше 6 символов</translation>
    </message>
    <message>
        <source>A password can have at most 128 characters</source>
        <translation>Пароль — не длиннее 128 символов</translation>
    </message>
    <message>
        <source>A password cannot contain a control character</source>
        <translation>Пароль не может содержать управляющий символ</translation>
    </message>
    <message>
        <source>A password contains a broken character</source>
        <translation>Пароль содержит испорченный символ</translation>
    </message>
    <message>
        <source>{0} must be a date and time</source>
        <translation>{0}: нужны дата и время</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Выдача</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>use a cart</source>
        <translation>пользоваться корзиной</translation>
    </message>
    <message>
        <source>This cake is not in the cart</source>
        <translation>Этого торта нет в корзине</translation>
    </message>
    <message>
        <source>«{0}» is no longer sold: remove it from the cart</source>
        <translation>«{0}» больше не продаётся: уберите его из корзины</translation>
    </message>
    <message>
        <source>Inscription</source>
        <translation>Надпись</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>«{0}» is no longer sold</source>
        <translation>«{0}» больше не продаётся</translation>
    </message>
    <message>
        <source>«{0}» is sold out</source>
        <translation>«{0}» распродан</translation>
    </message>
    <message numerus="yes">
        <source>Only %n «{0}» left</source>
        <translation>
            <numerusform>Остался только %n шт. «{0}»</numerusform>
            <numerusform>Осталось только %n шт. «{0}»</numerusform>
            <numerusform>Осталось только %n шт. «{0}»</numerusform>
        </translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Сумма без скидки</translation>
    </message>
    <message>
        <source>place orders</source>
        <translation>оформлять заказы</translation>
    </message>
    <message>
        <source>The cart is empty</source>
        <translation>Корзина пуста</translation>
    </message>
    <message>
        <source>«{0}» is made to order: it cannot be handed out now</source>
        <translation>«{0}» делается на заказ: выдать его сейчас нельзя</translation>
    </message>
    <message>
        <source>Not a checkout request</source>
        <translation>Это не запрос оформления заказа</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Ключ повторной отправки</translation>
    </message>
    <message>
        <source>The idempotency key is too short</source>
        <translation>Ключ повторной отправки слишком короткий</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>способ оплаты</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Not discount limits</source>
        <translation>Это не пределы скидок</translation>
    </message>
    <message>
        <source>Only a cashier can give a discount</source>
        <translation>Скидку может дать только кассир</translation>
    </message>
    <message>
        <source>Item notes must be given per cake</source>
        <translation>Примечания к позициям задаются для каждого торта</translation>
    </message>
    <message>
        <source>Item notes</source>
        <translation>Примечания к позиции</translation>
    </message>
    <message>
        <source>Only a cashier can hand an order out</source>
        <translation>Выдать заказ может только кассир</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Имя покупателя</translation>
    </message>
    <message>
        <source>Pickup time</source>
        <translation>Время выдачи</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>Оплаченная сумма</translation>
    </message>
    <message>
        <source>A customer orders only for themselves</source>
        <translation>Покупатель оформляет заказ только на себя</translation>
    </message>
    <message>
        <source>An order picked up later needs the customer&apos;s name</source>
        <translation>Для заказа, который заберут позже, нужно имя покупателя</translation>
    </message>
    <message>
        <source>An order picked up later needs the customer&apos;s phone</source>
        <translation>Для заказа, который заберут позже, нужен телефон покупателя</translation>
    </message>
    <message>
        <source>The pickup time is in the past</source>
        <translation>Время выдачи уже прошло</translation>
    </message>
    <message>
        <source>Choose a pickup time: made-to-order cakes are ready from {0:%d.%m.%Y %H:%M}</source>
        <translation>Выберите время получения: торты на заказ будут готовы с {0:%d.%m.%Y %H:%M}</translation>
    </message>
    <message>
        <source>«{0}» needs {1} h: the earliest pickup is {2:%d.%m.%Y %H:%M}</source>
        <translation>«{0}» готовится {1} ч: получить его можно не раньше {2:%d.%m.%Y %H:%M}</translation>
    </message>
    <message>
        <source>Payment is taken at the counter</source>
        <translation>Оплата принимается на кассе</translation>
    </message>
    <message>
        <source>Choose how the customer pays</source>
        <translation>Выберите способ оплаты</translation>
    </message>
    <message>
        <source>An order handed out at once must be paid in full</source>
        <translation>Заказ, выданный сразу, должен быть оплачен полностью</translation>
    </message>
    <message>
        <source>The bakery is fully booked on {0:%d.%m.%Y}: choose another day</source>
        <translation>На {0:%d.%m.%Y} пекарня полностью загружена: выберите другой день</translation>
    </message>
    <message>
        <source>This checkout was already used by somebody else</source>
        <translation>Это оформление уже использовал кто-то другой</translation>
    </message>
    <message>
        <source>The order could not be saved: try again</source>
        <translation>Заказ не удалось сохранить: попробуйте ещё раз</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Остаток к оплате</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>made to order</source>
        <translation>под заказ</translation>
    </message>
    <message>
        <source>Thank you for your order!</source>
        <translation>Спасибо за заказ!</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <source>Tel.</source>
        <translation>Тел.</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Подпись на чеке</translation>
    </message>
    <message>
        <source>change the shop&apos;s details</source>
        <translation>менять данные магазина</translation>
    </message>
    <message>
        <source>Shop details must be given as ShopDetails</source>
        <translation>Данные магазина передаются как ShopDetails</translation>
    </message>
    <message>
        <source>This shop is already set up: log in</source>
        <translation>Магазин уже настроен: войдите в систему</translation>
    </message>
    <message>
        <source>Could not write {0}</source>
        <translation>Не удалось записать {0}</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Revenue is the total of the orders that are not cancelled, after discounts and net of refunds (money given back for returned cakes is taken off), dated by when the order was created (not by pickup or payment). A deposit kept when an order was cancelled is not revenue here; the shift report counts it as money taken. Cake and category figures add up line totals before the order discount, less the cakes returned.</source>
        <translation>Выручка — сумма заказов, кроме отменённых, после скидок и за вычетом возвратов (деньги, возвращённые за принесённые назад торты, вычитаются), по дате создания заказа (а не выдачи или оплаты). Предоплата, оставленная при отмене заказа, здесь не выручка; сменный отчёт считает её полученными деньгами. Цифры по тортам и категориям складывают суммы строк до скидки на заказ, без возвращённых тортов.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>week</source>
        <translation>неделя</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>Shift report (Z report)</source>
        <translation>Отчёт за смену (Z-отчёт)</translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation>Отчёт о продажах</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Orders created</source>
        <translation>Создано заказов</translation>
    </message>
    <message>
        <source>Their total (not cancelled)</source>
        <translation>Их сумма (без отменённых)</translation>
    </message>
    <message>
        <source>Of them cancelled</source>
        <translation>Из них отменено</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>По способу оплаты</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Итого за вычетом возвратов</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Оплачено полностью</translation>
    </message>
    <message>
        <source>Deposits taken</source>
        <translation>Получено предоплат</translation>
    </message>
    <message>
        <source>Balances collected</source>
        <translation>Получено остатков</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Total taken</source>
        <translation>Всего получено</translation>
    </message>
    <message>
        <source>Cash in the drawer</source>
        <translation>Наличных в кассе</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Отмены</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Ничего</translation>
    </message>
    <message>
        <source>Cakes sold</source>
        <translation>Продано тортов</translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation>Отменённые заказы</translation>
    </message>
    <message>
        <source>Revenue by {grain}</source>
        <translation>Выручка по периодам: {grain}</translation>
    </message>
    <message>
        <source>Top cakes by revenue</source>
        <translation>Лучшие торты по выручке</translation>
    </message>
    <message>
        <source>Top cakes by quantity</source>
        <translation>Лучшие торты по количеству</translation>
    </message>
    <message>
        <source>Revenue by category</source>
        <translation>Выручка по категориям</translation>
    </message>
    <message>
        <source>Orders by hour of the day</source>
        <translation>Заказы по часам дня</translation>
    </message>
    <message>
        <source>Orders by day of the week</source>
        <translation>Заказы по дням недели</translation>
    </message>
    <message>
        <source>Made to order and showcase</source>
        <translation>Под заказ и с витрины</translation>
    </message>
    <message>
        <source>thousand {0}</source>
        <translation>{0} тыс.</translation>
    </message>
    <message>
        <source>{0}
Revenue: {1}
Orders: {2}</source>
        <translation>{0}
Выручка: {1}
Заказов: {2}</translation>
    </message>
    <message>
        <source>{0}
Orders: {1}
Revenue: {2}</source>
        <translation>{0}
Заказов: {1}
Выручка: {2}</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Log out after {0} min idle</source>
        <translation>Выход через {0} мин простоя</translation>
    </message>
    <message>
        <source>You are logged out after {0} min without input; your cart is kept.</source>
        <translation>Через {0} мин без действий вы выйдете из системы; корзина сохранится.</translation>
    </message>
    <message>
        <source>Order {0} is {1}: it cannot become {2}</source>
        <translation>Заказ {0} в статусе «{1}»: перевести его в «{2}» нельзя</translation>
    </message>
    <message>
        <source>see orders</source>
        <translation>смотреть заказы</translation>
    </message>
    <message>
        <source>confirm orders</source>
        <translation>подтверждать заказы</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>заказов</translation>
    </message>
    <message>
        <source>order</source>
        <translation>заказ</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>No order has the number {0}</source>
        <translation>Заказа с номером {0} нет</translation>
    </message>
    <message>
        <source>order status</source>
        <translation>статус заказа</translation>
    </message>
    <message>
        <source>Hand the order out to complete it</source>
        <translation>Чтобы завершить заказ, выдайте его</translation>
    </message>
    <message>
        <source>move orders along</source>
        <translation>менять статус заказов</translation>
    </message>
    <message>
        <source>An order cannot go back to {0}</source>
        <translation>Заказ нельзя вернуть в статус «{0}»</translation>
    </message>
    <message>
        <source>hand orders out</source>
        <translation>выдавать заказы</translation>
    </message>
    <message>
        <source>Collect the balance of {0}: choose how it is paid</source>
        <translation>Получите остаток {0}: выберите способ оплаты</translation>
    </message>
    <message>
        <source>cancel orders</source>
        <translation>отменять заказы</translation>
    </message>
    <message>
        <source>The shop cancels orders at the counter: call the shop</source>
        <translation>Заказы отменяют на кассе: позвоните в магазин</translation>
    </message>
    <message>
        <source>This order is already confirmed: call the shop to cancel</source>
        <translation>Этот заказ уже подтверждён: для отмены позвоните в магазин</translation>
    </message>
    <message>
        <source>Only an administrator may cancel an order that is paid</source>
        <translation>Оплаченный заказ может отменить только администратор</translation>
    </message>
    <message>
        <source>Not an order query</source>
        <translation>Это не запрос заказов</translation>
    </message>
    <message>
        <source>A date range needs dates</source>
        <translation>Для периода нужны даты</translation>
    </message>
    <message>
        <source>The first date is after the last date</source>
        <translation>Начальная дата позже конечной</translation>
    </message>
    <message>
        <source>see the production board</source>
        <translation>смотреть доску производства</translation>
    </message>
    <message>
        <source>The board shows 1 to {0} days</source>
        <translation>Доска показывает от 1 до {0} дней</translation>
    </message>
    <message>
        <source>production task</source>
        <translation>задание производства</translation>
    </message>
    <message>
        <source>No such production task</source>
        <translation>Такого производственного задания нет</translation>
    </message>
    <message>
        <source>move production tasks</source>
        <translation>перемещать задания производства</translation>
    </message>
    <message>
        <source>Unknown version of the production task</source>
        <translation>Неизвестная версия задания производства</translation>
    </message>
    <message>
        <source>This task is no longer on the board</source>
        <translation>Этого задания больше нет на доске</translation>
    </message>
    <message>
        <source>another baker</source>
        <translation>другой пекарь</translation>
    </message>
    <message>
        <source>«{0}» is already started by {1}</source>
        <translation>«{0}» уже начат: {1}</translation>
    </message>
    <message>
        <source>«{0}» is already done ({1})</source>
        <translation>«{0}» уже готов ({1})</translation>
    </message>
    <message>
        <source>«{0}» was cancelled with its order: it is off the board</source>
        <translation>«{0}» отменён вместе с заказом: его больше нет на доске</translation>
    </message>
    <message>
        <source>«{0}» was moved back to the queue by somebody else meanwhile</source>
        <translation>«{0}» тем временем кто-то вернул в очередь</translation>
    </message>
    <message>
        <source>This task is already done</source>
        <translation>Это задание уже выполнено</translation>
    </message>
    <message>
        <source>Order {0} is {1}: nothing to start</source>
        <translation>Заказ {0} в статусе «{1}»: запускать нечего</translation>
    </message>
    <message>
        <source>«{0}»: {1} {2} needed, {3} in stock, {4} short</source>
        <translation>«{0}»: нужно {1} {2}, на складе {3}, не хватает {4}</translation>
    </message>
    <message>
        <source>Not enough to start: {0}. Record a purchase or a stock adjustment first.</source>
        <translation>Для запуска не хватает: {0}. Сначала запишите закупку или корректировку запаса.</translation>
    </message>
    <message>
        <source>Order {0} is already {1}: its cakes cannot go back on the board</source>
        <translation>Заказ {0} уже в статусе «{1}»: его торты нельзя вернуть на доску</translation>
    </message>
    <message>
        <source>The batch has already been sold from the showcase: it cannot be undone</source>
        <translation>Партия уже продана с витрины: отменить её нельзя</translation>
    </message>
    <message>
        <source>This task is not started yet</source>
        <translation>Это задание ещё не начато</translation>
    </message>
    <message>
        <source>plan showcase batches</source>
        <translation>планировать партии для витрины</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Due time must be a date and time</source>
        <translation>Срок должен быть датой и временем</translation>
    </message>
    <message>
        <source>A batch cannot be planned for a day already past</source>
        <translation>Партию нельзя запланировать на прошедший день</translation>
    </message>
    <message>
        <source>cancel showcase batches</source>
        <translation>отменять партии для витрины</translation>
    </message>
    <message>
        <source>No such showcase batch</source>
        <translation>Такой партии для витрины нет</translation>
    </message>
    <message>
        <source>A day must be a date</source>
        <translation>День должен быть датой</translation>
    </message>
    <message>
        <source>The day is out of range</source>
        <translation>День вне допустимого диапазона</translation>
    </message>
    <message>
        <source>The database URL is empty</source>
        <translation>Адрес базы данных пуст</translation>
    </message>
    <message>
        <source>Malformed database URL {0!r}: expected e.g. &apos;sqlite:///path/shop.db&apos; or &apos;mysql+pymysql://user:password@host/db&apos;</source>
        <translation>Неверный адрес базы данных {0!r}: ожидается, например, &apos;sqlite:///path/shop.db&apos; или &apos;mysql+pymysql://user:password@host/db&apos;</translation>
    </message>
    <message>
        <source>Unknown database driver {0!r}: use sqlite or mysql+pymysql</source>
        <translation>Неизвестный драйвер базы данных {0!r}: используйте sqlite или mysql+pymysql</translation>
    </message>
    <message>
        <source>The database URL names no database: {0}</source>
        <translation>В адресе не указана база данных: {0}</translation>
    </message>
    <message>
        <source>Unknown database driver {0!r}</source>
        <translation>Неизвестный драйвер базы данных {0!r}</translation>
    </message>
    <message>
        <source>Cannot open the database {0}: cannot create {1} ({2})</source>
        <translation>Не удаётся открыть базу данных {0}: нельзя создать {1} ({2})</translation>
    </message>
    <message>
        <source>Wrong user name or password for {0}</source>
        <translation>Неверное имя пользователя или пароль для {0}</translation>
    </message>
    <message>
        <source>No such database on the server: {0}</source>
        <translation>На сервере нет такой базы данных: {0}</translation>
    </message>
    <message>
        <source>The database server at {0} does not answer: is it running?</source>
        <translation>Сервер базы данных {0} не отвечает: он запущен?</translation>
    </message>
    <message>
        <source>Cannot reach the database server at {0}: is it running?</source>
        <translation>Нет связи с сервером базы данных {0}: он запущен?</translation>
    </message>
    <message>
        <source>The user may not open this database: {0}</source>
        <translation>Пользователю нельзя открывать эту базу данных: {0}</translation>
    </message>
    <message>
        <source>Cannot open the database file of {0}: check the folder exists and is writable</source>
        <translation>Не удаётся открыть файл базы данных {0}: проверьте, что папка существует и доступна для записи</translation>
    </message>
    <message>
        <source>Cannot open the database {0}: {1}</source>
        <translation>Не удаётся открыть базу данных {0}: {1}</translation>
    </message>
    <message>
        <source>The database schema ({0}) is newer than this version of the app: update the app</source>
        <translation>Схема базы данных ({0}) новее этой версии программы: обновите программу</translation>
    </message>
    <message>
        <source>its tables created</source>
        <translation>создания своих таблиц</translation>
    </message>
    <message>
        <source>an upgrade of its schema from {0} to {1}</source>
        <translation>обновления схемы с {0} до {1}</translation>
    </message>
    <message>
        <source>A reporting replica needs a shop server, not a local file</source>
        <translation>Реплике для отчётов нужен сервер магазина, а не локальный файл</translation>
    </message>
    <message>
        <source>The reports replica must be one server&apos;s name or address, like db2 or db2:3307</source>
        <translation>Реплика для отчётов — это имя или адрес одного сервера, например db2 или db2:3307</translation>
    </message>
    <message>
        <source>Connected to {0}</source>
        <translation>Подключено к {0}</translation>
    </message>
    <message>
        <source>The database already has an administrator: log in as them</source>
        <translation>В базе данных уже есть администратор: войдите под ним</translation>
    </message>
    <message>
        <source>A deposit must be at least {0} ({1} % of {2})</source>
        <translation>Предоплата должна быть не меньше {0} ({1} % от {2})</translation>
    </message>
    <message>
        <source>change the shop&apos;s policy</source>
        <translation>менять правила магазина</translation>
    </message>
    <message>
        <source>The shop&apos;s policy must be given as ShopPolicy</source>
        <translation>Правила магазина должны быть переданы как ShopPolicy</translation>
    </message>
    <message>
        <source>The minimum deposit must be a whole percentage</source>
        <translation>Минимальная предоплата — целое число процентов</translation>
    </message>
    <message>
        <source>The minimum deposit must be between 0 and 100 %</source>
        <translation>Минимальная предоплата — от 0 до 100 %</translation>
    </message>
    <message>
        <source>A yes-or-no setting of the policy is neither yes nor no</source>
        <translation>Настройка правил «да или нет» не равна ни «да», ни «нет»</translation>
    </message>
    <message>
        <source>The file is {0} MB: a picture of at most {1} MB can be attached</source>
        <translation>Файл весит {0} МБ: можно добавить фото не больше {1} МБ</translation>
    </message>
    <message>
        <source>This file is not a PNG, JPEG or WebP picture</source>
        <translation>Этот файл — не изображение PNG, JPEG или WebP</translation>
    </message>
    <message>
        <source>The picture is too detailed to store: choose a simpler one</source>
        <translation>Изображение слишком детальное для хранения: выберите попроще</translation>
    </message>
    <message>
        <source>The picture is damaged and cannot be read</source>
        <translation>Изображение повреждено и не читается</translation>
    </message>
    <message>
        <source>The picture has too many pixels: at most {0} megapixels can be attached</source>
        <translation>В изображении слишком много пикселей: можно добавить не больше {0} мегапикселей</translation>
    </message>
    <message>
        <source>edit the assortment</source>
        <translation>изменять ассортимент</translation>
    </message>
    <message>
        <source>cake</source>
        <translation>торт</translation>
    </message>
    <message>
        <source>No such cake</source>
        <translation>Такого торта нет</translation>
    </message>
    <message>
        <source>No free SKU for the copy: give it one by hand</source>
        <translation>Для копии нет свободного артикула: укажите его вручную</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>edit recipes</source>
        <translation>изменять рецепты</translation>
    </message>
    <message>
        <source>see recipes</source>
        <translation>смотреть рецепты</translation>
    </message>
    <message>
        <source>A recipe is a list of at most {0} lines</source>
        <translation>Рецепт — список не длиннее {0} строк</translation>
    </message>
    <message>
        <source>Line {0} of the recipe is not an ingredient and an amount</source>
        <translation>Строка {0} рецепта — не ингредиент с количеством</translation>
    </message>
    <message>
        <source>ingredient</source>
        <translation>ингредиент</translation>
    </message>
    <message>
        <source>This ingredient is listed twice</source>
        <translation>Этот ингредиент указан дважды</translation>
    </message>
    <message>
        <source>Not a list of cakes</source>
        <translation>Это не список тортов</translation>
    </message>
    <message>
        <source>At most {0} thumbnails at a time</source>
        <translation>Не больше {0} миниатюр за раз</translation>
    </message>
    <message>
        <source>The file {0} cannot be read: {1}</source>
        <translation>Файл {0} не читается: {1}</translation>
    </message>
    <message>
        <source>This shop does not take new accounts here: ask at the counter</source>
        <translation>Магазин не открывает учётные записи здесь: обратитесь к кассиру</translation>
    </message>
    <message>
        <source>A customer with the phone {0} is on file: choose them from the list</source>
        <translation>Покупатель с телефоном {0} уже есть: выберите его из списка</translation>
    </message>
    <message>
        <source>This account no longer exists</source>
        <translation>Этой учётной записи больше нет</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>register customers</source>
        <translation>регистрировать покупателей</translation>
    </message>
    <message>
        <source>see your account</source>
        <translation>смотреть свою учётную запись</translation>
    </message>
    <message>
        <source>change your details</source>
        <translation>менять свои данные</translation>
    </message>
    <message>
        <source>link customers&apos; accounts</source>
        <translation>связывать учётные записи покупателей</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>покупатель</translation>
    </message>
    <message>
        <source>Choose two different customers to link</source>
        <translation>Для связывания выберите двух разных покупателей</translation>
    </message>
    <message>
        <source>Link to an account the customer logs in to</source>
        <translation>Связывать можно только с учётной записью, в которую покупатель входит</translation>
    </message>
    <message>
        <source>This customer is already linked to another account</source>
        <translation>Этот покупатель уже связан с другой учётной записью</translation>
    </message>
    <message>
        <source>No such customer</source>
        <translation>Такого покупателя нет</translation>
    </message>
    <message>
        <source>The config file {0} is not valid TOML: {1}</source>
        <translation>Файл настроек {0} — неверный TOML: {1}</translation>
    </message>
    <message>
        <source>Cannot read the config file {0}: {1}</source>
        <translation>Не удаётся прочитать файл настроек {0}: {1}</translation>
    </message>
    <message>
        <source>The config file {0}: [{1}] must be a table</source>
        <translation>Файл настроек {0}: [{1}] должен быть таблицей</translation>
    </message>
    <message>
        <source>The config file {0}: {1}.{2} must be a non-empty string</source>
        <translation>Файл настроек {0}: {1}.{2} должен быть непустой строкой</translation>
    </message>
    <message>
        <source>The config file {0}: terminal.idle_minutes must be a number of minutes above 0 and at most {1}</source>
        <translation>Файл настроек {0}: terminal.idle_minutes должно быть числом минут больше 0 и не больше {1}</translation>
    </message>
    <message>
        <source>There is no database at {0}</source>
        <translation>Нет базы данных по пути {0}</translation>
    </message>
    <message>
        <source>Cannot back up to {0}: {1}</source>
        <translation>Не удаётся сделать копию в {0}: {1}</translation>
    </message>
    <message>
        <source>Cannot restore into {0}: {1}</source>
        <translation>Не удаётся восстановить в {0}: {1}</translation>
    </message>
    <message>
        <source>No such file: {0}</source>
        <translation>Нет такого файла: {0}</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>Не удаётся прочитать {0}: {1}</translation>
    </message>
    <message>
        <source>{0} is not a Cakeshop database</source>
        <translation>{0} — не база данных Cakeshop</translation>
    </message>
    <message>
        <source>{0} is damaged: {1}</source>
        <translation>{0} повреждён: {1}</translation>
    </message>
    <message>
        <source>{0} was made by a newer version of Cakeshop ({1}): update the app first</source>
        <translation>{0} сделан более новой версией Cakeshop ({1}): сначала обновите программу</translation>
    </message>
    <message>
        <source>{0} already exists: choose a new name (or --overwrite)</source>
        <translation>{0} уже существует: выберите новое имя (или --overwrite)</translation>
    </message>
    <message>
        <source>{0} is a folder: name a file</source>
        <translation>{0} — папка: укажите файл</translation>
    </message>
    <message>
        <source>{0} is an SQLite database: it restores into an SQLite database only</source>
        <translation>{0} — база SQLite: она восстанавливается только в базу SQLite</translation>
    </message>
    <message>
        <source>{0} is a MariaDB/MySQL dump: it restores into a MariaDB/MySQL database</source>
        <translation>{0} — дамп MariaDB/MySQL: он восстанавливается в базу MariaDB/MySQL</translation>
    </message>
    <message>
        <source>{0} is not a Cakeshop backup</source>
        <translation>{0} — не резервная копия Cakeshop</translation>
    </message>
    <message>
        <source>An in-memory database cannot be restored into</source>
        <translation>В базу в памяти восстановить нельзя</translation>
    </message>
    <message>
        <source>The database {0} is not empty (the table {1} has rows): restore into a new, empty database</source>
        <translation>База данных {0} не пуста (в таблице {1} есть строки): восстанавливайте в новую пустую базу</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>Не удаётся записать {0}: {1}</translation>
    </message>
    <message>
        <source>Cannot back up: {0}</source>
        <translation>Не удаётся сделать резервную копию: {0}</translation>
    </message>
    <message>
        <source>The database has no Cakeshop schema: nothing to back up</source>
        <translation>В базе нет схемы Cakeshop: копировать нечего</translation>
    </message>
    <message>
        <source>{0} is damaged or cut short</source>
        <translation>{0} повреждён или обрезан</translation>
    </message>
    <message>
        <source>{0} is cut short: the dump did not complete</source>
        <translation>{0} обрезан: дамп не завершился</translation>
    </message>
    <message>
        <source>{0} does not match the schema {1} ({2})</source>
        <translation>{0} не соответствует схеме {1} ({2})</translation>
    </message>
    <message>
        <source>{0} failed: {1}</source>
        <translation>{0}: ошибка: {1}</translation>
    </message>
    <message>
        <source>The database {0} needs {1}, and the account {2} may not change its schema ({3}). The shop&apos;s owner must upgrade it once, with an account that may: cakeshop db upgrade --owner-url {4} (it asks for the password)</source>
        <translation>База данных {0} требует {1}, а учётной записи {2} нельзя менять её схему ({3}). Владелец магазина должен один раз обновить её учётной записью с такими правами: cakeshop db upgrade --owner-url {4} (пароль будет запрошен)</translation>
    </message>
    <message>
        <source>The database {0} needs {1}, and the account {2} may not change its schema. The shop&apos;s owner must upgrade it once, with an account that may: cakeshop db upgrade --owner-url {4} (it asks for the password)</source>
        <translation>База данных {0} требует {1}, а учётной записи {2} нельзя менять её схему. Владелец магазина должен один раз обновить её учётной записью с такими правами: cakeshop db upgrade --owner-url {4} (пароль будет запрошен)</translation>
    </message>
    <message>
        <source>Binary logging is on at the server of {0}, so it lets {1} create the schema&apos;s triggers only with the SUPER privilege. Ask the server&apos;s administrator for one of: SET GLOBAL log_bin_trust_function_creators = 1; (and log_bin_trust_function_creators = 1 in the server&apos;s configuration, for after a restart) or GRANT SUPER ON *.* TO {1}; then upgrade again. Nothing was changed.</source>
        <translation>На сервере {0} включён двоичный журнал, поэтому {1} может создавать триггеры схемы только с привилегией SUPER. Попросите администратора сервера выполнить одно из: SET GLOBAL log_bin_trust_function_creators = 1; (и log_bin_trust_function_creators = 1 в настройках сервера — на случай перезапуска) или GRANT SUPER ON *.* TO {1}; затем обновите ещё раз. Ничего не изменено.</translation>
    </message>
    <message>
        <source>{0} on {1}:{2}</source>
        <translation>{0} на {1}:{2}</translation>
    </message>
    <message>
        <source>This database holds a real shop: the demo shop opens only in an empty database</source>
        <translation>В этой базе настоящий магазин: демо-магазин открывается только в пустой базе</translation>
    </message>
    <message>
        <source>Log in to {0}</source>
        <translation>Войдите, чтобы {0}</translation>
    </message>
    <message>
        <source>A {0} may not {1}</source>
        <translation>Роль «{0}» не позволяет {1}</translation>
    </message>
    <message>
        <source>A printer is written as {0}</source>
        <translation>Принтер записывается так: {0}</translation>
    </message>
    <message>
        <source>A printer URL has at most {0} characters</source>
        <translation>Адрес принтера — не длиннее {0} символов</translation>
    </message>
    <message>
        <source>Unknown printer {0!r}: write it as {1}</source>
        <translation>Неизвестный принтер {0!r}: запишите его так: {1}</translation>
    </message>
    <message>
        <source>A USB printer is written with its vendor and product ids, e.g. escpos+usb://04b8:0202</source>
        <translation>USB-принтер записывается с кодами производителя и модели, например escpos+usb://04b8:0202</translation>
    </message>
    <message>
        <source>{0}:// needs the device&apos;s path, e.g. {0}:///dev/usb/lp0</source>
        <translation>{0}:// требует путь к устройству, например {0}:///dev/usb/lp0</translation>
    </message>
    <message>
        <source>pdf: needs the folder the PDF files go to, e.g. pdf:/home/anna/receipts</source>
        <translation>pdf: требует папку для PDF-файлов, например pdf:/home/anna/receipts</translation>
    </message>
    <message>
        <source>The printer&apos;s options {0!r} are not name=value pairs</source>
        <translation>Параметры принтера {0!r} — не пары имя=значение</translation>
    </message>
    <message>
        <source>{0} printers have no option {1!r} (they know {2})</source>
        <translation>У принтеров {0} нет параметра {1!r} (известны: {2})</translation>
    </message>
    <message>
        <source>The printer option {0!r} is given twice</source>
        <translation>Параметр принтера {0!r} указан дважды</translation>
    </message>
    <message>
        <source>The paper width {0!r} is not one of {1}</source>
        <translation>Ширина бумаги {0!r} — не одна из {1}</translation>
    </message>
    <message>
        <source>The printer option {0} must be a whole number from {1} to {2}</source>
        <translation>Параметр принтера {0} должен быть целым числом от {1} до {2}</translation>
    </message>
    <message>
        <source>A network printer is written as escpos+tcp://HOST:9100</source>
        <translation>Сетевой принтер записывается так: escpos+tcp://HOST:9100</translation>
    </message>
    <message>
        <source>The printer&apos;s port must be a number from 1 to 65535</source>
        <translation>Порт принтера — число от 1 до 65535</translation>
    </message>
    <message>
        <source>escpos+tcp:// needs the printer&apos;s address, e.g. escpos+tcp://192.168.1.50:9100</source>
        <translation>escpos+tcp:// требует адрес принтера, например escpos+tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>The cash drawer&apos;s pin (drawer) is 2 or 5</source>
        <translation>Контакт денежного ящика (drawer) — 2 или 5</translation>
    </message>
    <message>
        <source>The printer profile&apos;s name has at most 60 characters</source>
        <translation>Имя профиля принтера — не длиннее 60 символов</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>{0} cannot be more than {1:,} in one entry</source>
        <translation>{0}: не больше {1:,} за одну запись</translation>
    </message>
    <message>
        <source>{0} cannot be zero</source>
        <translation>{0}: не может быть нулём</translation>
    </message>
    <message>
        <source>Wrong login or password</source>
        <translation>Неверный логин или пароль</translation>
    </message>
    <message>
        <source>This account is disabled: ask an administrator</source>
        <translation>Эта учётная запись отключена: обратитесь к администратору</translation>
    </message>
    <message>
        <source>This account is locked: ask an administrator</source>
        <translation>Эта учётная запись заблокирована: обратитесь к администратору</translation>
    </message>
    <message>
        <source>Too many failed attempts: try again in {0} min</source>
        <translation>Слишком много неудачных попыток: попробуйте через {0} мин</translation>
    </message>
    <message>
        <source>change your password</source>
        <translation>менять свой пароль</translation>
    </message>
    <message>
        <source>The current password is wrong</source>
        <translation>Текущий пароль неверен</translation>
    </message>
    <message>
        <source>The new password must differ from the current one</source>
        <translation>Новый пароль должен отличаться от текущего</translation>
    </message>
    <message>
        <source>Not a catalogue query</source>
        <translation>Это не запрос каталога</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Текст поиска</translation>
    </message>
    <message>
        <source>The lowest price is above the highest price</source>
        <translation>Нижняя цена выше верхней</translation>
    </message>
    <message>
        <source>cakes</source>
        <translation>тортов</translation>
    </message>
    <message>
        <source>sort order</source>
        <translation>порядок сортировки</translation>
    </message>
    <message>
        <source>Allergen</source>
        <translation>Аллерген</translation>
    </message>
    <message>
        <source>browse the catalogue</source>
        <translation>смотреть каталог</translation>
    </message>
    <message>
        <source>see cakes</source>
        <translation>смотреть торты</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>see categories</source>
        <translation>смотреть категории</translation>
    </message>
    <message>
        <source>see allergens</source>
        <translation>смотреть аллергены</translation>
    </message>
    <message>
        <source>follow changes</source>
        <translation>следить за изменениями</translation>
    </message>
    <message>
        <source>Time of the last change</source>
        <translation>Время последнего изменения</translation>
    </message>
    <message>
        <source>plan production</source>
        <translation>планировать производство</translation>
    </message>
    <message>
        <source>see production capacity</source>
        <translation>смотреть мощность производства</translation>
    </message>
    <message>
        <source>Choose 1 to {0} days</source>
        <translation>Выберите от 1 до {0} дней</translation>
    </message>
    <message>
        <source>change production capacity</source>
        <translation>менять мощность производства</translation>
    </message>
    <message numerus="yes">
        <source>%n cake(s) already booked on {0:%d.%m.%Y}: the capacity cannot be less than that</source>
        <translation>
            <numerusform>На {0:%d.%m.%Y} уже заказан %n торт: мощность не может быть меньше</numerusform>
            <numerusform>На {0:%d.%m.%Y} уже заказано %n торта: мощность не может быть меньше</numerusform>
            <numerusform>На {0:%d.%m.%Y} уже заказано %n тортов: мощность не может быть меньше</numerusform>
        </translation>
    </message>
    <message>
        <source>Capacity must be a whole number</source>
        <translation>Мощность должна быть целым числом</translation>
    </message>
    <message>
        <source>Capacity is 0 to {0} cakes a day</source>
        <translation>Мощность — от 0 до {0} тортов в день</translation>
    </message>
    <message>
        <source>see recipe costs</source>
        <translation>смотреть себестоимость рецептов</translation>
    </message>
    <message>
        <source>see sales reports</source>
        <translation>смотреть отчёты о продажах</translation>
    </message>
    <message>
        <source>The first day of the period is after the last day</source>
        <translation>Первый день периода позже последнего</translation>
    </message>
    <message>
        <source>A report covers at most ten years</source>
        <translation>Отчёт охватывает не больше десяти лет</translation>
    </message>
    <message>
        <source>see shift reports</source>
        <translation>смотреть отчёты смены</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>кассир</translation>
    </message>
    <message>
        <source>A cashier sees only their own shift report</source>
        <translation>Кассир видит только свой отчёт за смену</translation>
    </message>
    <message>
        <source>No such cashier</source>
        <translation>Такого кассира нет</translation>
    </message>
    <message>
        <source>{0} is out of range ({1}-{2})</source>
        <translation>{0}: вне диапазона ({1}–{2})</translation>
    </message>
    <message>
        <source>report grain</source>
        <translation>детализация отчёта</translation>
    </message>
    <message>
        <source>see the database tables</source>
        <translation>смотреть таблицы базы данных</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>The table {0} has no column {1!r}</source>
        <translation>В таблице {0} нет столбца {1!r}</translation>
    </message>
    <message>
        <source>{0} is not a reference to another table</source>
        <translation>{0} — не ссылка на другую таблицу</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>размер страницы</translation>
    </message>
    <message>
        <source>A filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>The first day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>The last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>edit the database tables</source>
        <translation>изменять таблицы базы данных</translation>
    </message>
    <message>
        <source>Not a list of changes</source>
        <translation>Это не список изменений</translation>
    </message>
    <message>
        <source>At most {0} changes can be saved at once</source>
        <translation>За раз можно сохранить не больше {0} изменений</translation>
    </message>
    <message>
        <source>export tables</source>
        <translation>выгружать таблицы</translation>
    </message>
    <message>
        <source>import cakes</source>
        <translation>загружать торты</translation>
    </message>
    <message>
        <source>Not an import preview</source>
        <translation>Это не предпросмотр загрузки</translation>
    </message>
    <message>
        <source>No row of the file can be imported</source>
        <translation>Ни одну строку файла загрузить нельзя</translation>
    </message>
    <message>
        <source>The file is not text</source>
        <translation>Файл не текстовый</translation>
    </message>
    <message>
        <source>The file is too large</source>
        <translation>Файл слишком большой</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Файл пуст</translation>
    </message>
    <message>
        <source>Not a CSV file: {0}</source>
        <translation>Это не CSV-файл: {0}</translation>
    </message>
    <message>
        <source>The file has no column {0}</source>
        <translation>В файле нет столбца {0}</translation>
    </message>
    <message>
        <source>At most {0} cakes at once</source>
        <translation>Не больше {0} тортов за раз</translation>
    </message>
    <message>
        <source>Line {0} is not valid CSV: {1}</source>
        <translation>Строка {0} — неверный CSV: {1}</translation>
    </message>
    <message>
        <source>Must be more than zero</source>
        <translation>Должно быть больше нуля</translation>
    </message>
    <message>
        <source>Cannot be negative</source>
        <translation>Не может быть отрицательным</translation>
    </message>
    <message numerus="yes">
        <source>Cannot delete: %n row(s) of {0} refer to it; change or delete those first</source>
        <translation>
            <numerusform>Удалить нельзя: на неё ссылается %n строка таблицы {0}; сначала измените или удалите её</numerusform>
            <numerusform>Удалить нельзя: на неё ссылаются %n строки таблицы {0}; сначала измените или удалите их</numerusform>
            <numerusform>Удалить нельзя: на неё ссылаются %n строк таблицы {0}; сначала измените или удалите их</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a row change</source>
        <translation>Это не изменение строки</translation>
    </message>
    <message>
        <source>kind of change</source>
        <translation>вид изменения</translation>
    </message>
    <message>
        <source>The row as loaded</source>
        <translation>Строка в загруженном виде</translation>
    </message>
    <message>
        <source>The row&apos;s new values</source>
        <translation>Новые значения строки</translation>
    </message>
    <message>
        <source>Nothing was saved</source>
        <translation>Ничего не сохранено</translation>
    </message>
    <message>
        <source>row {0}, {1}</source>
        <translation>строка {0}, {1}</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>строка {0}</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: {0}: {1} (and %n more)</source>
        <translation>
            <numerusform>Ничего не сохранено: {0}: {1} (и ещё %n ошибка)</numerusform>
            <numerusform>Ничего не сохранено: {0}: {1} (и ещё %n ошибки)</numerusform>
            <numerusform>Ничего не сохранено: {0}: {1} (и ещё %n ошибок)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: {0}: {1}</source>
        <translation>Ничего не сохранено: {0}: {1}</translation>
    </message>
    <message>
        <source>No table {0!r}</source>
        <translation>Таблицы {0!r} нет</translation>
    </message>
    <message>
        <source>Must be text</source>
        <translation>Нужен текст</translation>
    </message>
    <message>
        <source>Too long: at most {0} characters</source>
        <translation>Слишком длинно: не больше {0} символов</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Must be a whole number</source>
        <translation>Нужно целое число</translation>
    </message>
    <message>
        <source>Not a whole number: {0!r}</source>
        <translation>Не целое число: {0!r}</translation>
    </message>
    <message>
        <source>The number is out of range</source>
        <translation>Число вне допустимого диапазона</translation>
    </message>
    <message>
        <source>The number is too large</source>
        <translation>Число слишком большое</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Must be a date and time</source>
        <translation>Нужны дата и время</translation>
    </message>
    <message>
        <source>The date is out of range</source>
        <translation>Дата вне допустимого диапазона</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Must be a date</source>
        <translation>Нужна дата</translation>
    </message>
    <message>
        <source>Not {0}: {1!r}</source>
        <translation>Не {0}: {1!r}</translation>
    </message>
    <message>
        <source>Not yes or no: {0!r}</source>
        <translation>Не «да» и не «нет»: {0!r}</translation>
    </message>
    <message>
        <source>Must be yes or no</source>
        <translation>Нужно «да» или «нет»</translation>
    </message>
    <message>
        <source>{0!r} is not one of: {1}</source>
        <translation>{0!r} — не одно из: {1}</translation>
    </message>
    <message>
        <source>Not a row of {0}: {1!r}</source>
        <translation>Не строка таблицы {0}: {1!r}</translation>
    </message>
    <message>
        <source>Not a row of {0}: {1}</source>
        <translation>Не строка таблицы {0}: {1}</translation>
    </message>
    <message>
        <source>You cannot delete your own account: another administrator can</source>
        <translation>Свою учётную запись удалить нельзя: это может сделать другой администратор</translation>
    </message>
    <message>
        <source>A value is required</source>
        <translation>Нужно значение</translation>
    </message>
    <message>
        <source>The table {0} is read-only</source>
        <translation>Таблица {0} только для чтения</translation>
    </message>
    <message>
        <source>Row {0}: its key {1} is missing</source>
        <translation>Строка {0}: нет её ключа {1}</translation>
    </message>
    <message>
        <source>This column cannot be edited</source>
        <translation>Этот столбец нельзя изменять</translation>
    </message>
    <message>
        <source>Register users in the Users tab: they need a password</source>
        <translation>Регистрируйте пользователей на вкладке «Пользователи»: им нужен пароль</translation>
    </message>
    <message>
        <source>No row {0} in {1}</source>
        <translation>В {1} нет строки {0}</translation>
    </message>
    <message>
        <source>Row {0} of {1} was deleted by someone else: reload the table</source>
        <translation>Строку {0} таблицы {1} удалил кто-то другой: обновите таблицу</translation>
    </message>
    <message>
        <source>An order cannot go from {0} to {1}</source>
        <translation>Заказ нельзя перевести из статуса «{0}» в «{1}»</translation>
    </message>
    <message>
        <source>«{0}» ({1} {2}) was changed by someone else since you loaded it: reload and try again. Nothing was saved.</source>
        <translation>«{0}» ({1} {2}) изменил кто-то другой после загрузки: обновите и попробуйте ещё раз. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The same as row {0}</source>
        <translation>То же, что в строке {0}</translation>
    </message>
    <message>
        <source>{0} is already taken</source>
        <translation>{0} уже занято</translation>
    </message>
    <message>
        <source>The database refused the changes (a duplicate or a missing reference); nothing was saved: {0}</source>
        <translation>База данных отклонила изменения (повтор или ссылка в никуда); ничего не сохранено: {0}</translation>
    </message>
    <message>
        <source>The last active administrator cannot be removed, demoted or locked</source>
        <translation>Последнего активного администратора нельзя удалить, понизить или заблокировать</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>The login {0!r} is taken</source>
        <translation>Логин {0!r} занят</translation>
    </message>
    <message>
        <source>register users</source>
        <translation>регистрировать пользователей</translation>
    </message>
    <message>
        <source>see the list of users</source>
        <translation>смотреть список пользователей</translation>
    </message>
    <message>
        <source>change roles</source>
        <translation>менять роли</translation>
    </message>
    <message>
        <source>reset passwords</source>
        <translation>сбрасывать пароли</translation>
    </message>
    <message>
        <source>lock accounts</source>
        <translation>блокировать учётные записи</translation>
    </message>
    <message>
        <source>unlock accounts</source>
        <translation>разблокировать учётные записи</translation>
    </message>
    <message>
        <source>deactivate accounts</source>
        <translation>отключать учётные записи</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>No such user</source>
        <translation>Такого пользователя нет</translation>
    </message>
    <message>
        <source>Other tills kept the database busy: try again</source>
        <translation>Другие кассы заняли базу данных: попробуйте ещё раз</translation>
    </message>
    <message>
        <source>Your account was changed by an administrator: log out and log in again</source>
        <translation>Администратор изменил вашу учётную запись: выйдите и войдите снова</translation>
    </message>
    <message>
        <source>python-escpos knows no printer profile {0}</source>
        <translation>python-escpos не знает профиль принтера {0}</translation>
    </message>
    <message>
        <source>The printer {0} does not answer ({1}): the order is kept, print it again when the printer is on</source>
        <translation>Принтер {0} не отвечает ({1}): заказ сохранён, напечатайте его снова, когда принтер включат</translation>
    </message>
    <message>
        <source>{0} is not a thermal printer</source>
        <translation>{0} — не чековый принтер</translation>
    </message>
    <message>
        <source>The PDF folder {0} cannot be made ({1})</source>
        <translation>Не удаётся создать папку для PDF {0} ({1})</translation>
    </message>
    <message>
        <source>{0} is not a system printer or a PDF folder</source>
        <translation>{0} — не системный принтер и не папка для PDF</translation>
    </message>
    <message>
        <source>This computer has no default printer</source>
        <translation>На этом компьютере нет принтера по умолчанию</translation>
    </message>
    <message>
        <source>This computer has no printer named {0}</source>
        <translation>На этом компьютере нет принтера {0}</translation>
    </message>
    <message>
        <source>No printer: give --printer URL or choose one in Settings → Printing (the [printer] url of {0})</source>
        <translation>Принтер не задан: укажите --printer URL или выберите его в «Настройки → Печать» ([printer] url в {0})</translation>
    </message>
    <message>
        <source>sold at the counter</source>
        <translation>продан у прилавка</translation>
    </message>
    <message>
        <source>showcase cakes only: nothing to bake</source>
        <translation>только торты с витрины: печь нечего</translation>
    </message>
    <message>
        <source>cancelled by the customer</source>
        <translation>отменён покупателем</translation>
    </message>
    <message>
        <source>Changed by an administrator in the table editor</source>
        <translation>Изменено администратором в редакторе таблиц</translation>
    </message>
    <message>
        <source>production started</source>
        <translation>производство начато</translation>
    </message>
    <message>
        <source>every cake of the order is done</source>
        <translation>все торты заказа готовы</translation>
    </message>
    <message>
        <source>Showcase batch</source>
        <translation>Партия для витрины</translation>
    </message>
    <message>
        <source>batch finish undone</source>
        <translation>готовность партии отменена</translation>
    </message>
    <message>
        <source>task {0}</source>
        <translation>задание {0}</translation>
    </message>
    <message>
        <source>task {0} start undone</source>
        <translation>запуск задания {0} отменён</translation>
    </message>
    <message>
        <source>opening stock</source>
        <translation>начальный остаток</translation>
    </message>
    <message>
        <source>An administrator may give a discount of at most {0} %</source>
        <translation>Администратор может дать скидку не больше {0} %</translation>
    </message>
    <message>
        <source>A cashier may give a discount of at most {0} %</source>
        <translation>Кассир может дать скидку не больше {0} %</translation>
    </message>
    <message>
        <source>A discount limit must be between 0 and 100 %</source>
        <translation>Предел скидки должен быть от 0 до 100 %</translation>
    </message>
    <message>
        <source>A discount limit has more than 2 digits after the decimal point</source>
        <translation>В пределе скидки больше 2 знаков после запятой</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Cakeshop</source>
        <translation>О программе Cakeshop</translation>
    </message>
    <message>
        <source>Point of sale and production for a cake shop that bakes what it sells.</source>
        <translation>Касса и производство для кондитерской, которая сама печёт то, что продаёт.</translation>
    </message>
    <message>
        <source>Python {0}, Qt {1}</source>
        <translation>Python {0}, Qt {1}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <source>Log: {0}</source>
        <translation>Журнал: {0}</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Administrator&apos;s login</source>
        <translation>Логин администратора</translation>
    </message>
    <message>
        <source>Administrator&apos;s name</source>
        <translation>Имя администратора</translation>
    </message>
    <message>
        <source>Administrator&apos;s password</source>
        <translation>Пароль администратора</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Полное &amp;имя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>The password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>AdminCheckDialog</name>
    <message>
        <source>Cakeshop — settings</source>
        <translation>Cakeshop — настройки</translation>
    </message>
    <message>
        <source>An administrator&apos;s login</source>
        <translation>Вход администратора</translation>
    </message>
    <message>
        <source>The database, printing and backups are changed by an administrator: enter an administrator&apos;s login and password.</source>
        <translation>Базу данных, печать и резервные копии меняет администратор: введите логин и пароль администратора.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Only the &amp;language</source>
        <translation>Только &amp;язык</translation>
    </message>
    <message>
        <source>Enter an administrator&apos;s login and password.</source>
        <translation>Введите логин и пароль администратора.</translation>
    </message>
    <message>
        <source>Only an administrator may change these settings.</source>
        <translation>Эти настройки может менять только администратор.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The shop&apos;s administrator</source>
        <translation>Администратор магазина</translation>
    </message>
    <message>
        <source>Adds the cakes, the staff and their logins; keeps the settings.</source>
        <translation>Заводит торты, сотрудников и их логины; ведёт настройки.</translation>
    </message>
    <message>
        <source>A login is Latin letters, digits, dots or dashes; a password 6 characters or more.</source>
        <translation>Логин — латинские буквы, цифры, точки или дефисы; пароль — от 6 символов.</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <source>Cakeshop — administration — {0}</source>
        <translation>Cakeshop — администрирование — {0}</translation>
    </message>
    <message>
        <source>Cakeshop</source>
        <translation>Cakeshop</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Загрузить заново</translation>
    </message>
    <message>
        <source>Save the grid</source>
        <translation>Сохранить таблицу</translation>
    </message>
    <message>
        <source>Internal (read-only)</source>
        <translation>Служебные (только чтение)</translation>
    </message>
    <message>
        <source>The application&apos;s own bookkeeping: the schema version and the report summaries</source>
        <translation>Служебные данные программы: версия схемы базы и сводки для отчётов</translation>
    </message>
    <message>
        <source>The table {0} has changes that are not saved. Drop them?</source>
        <translation>В таблице {0} есть несохранённые изменения. Отбросить их?</translation>
    </message>
    <message>
        <source>{0}: {1} rows shown</source>
        <translation>{0}: показано строк: {1}</translation>
    </message>
    <message>
        <source>, more load as you scroll</source>
        <translation>, остальные загрузятся при прокрутке</translation>
    </message>
    <message>
        <source> — read-only</source>
        <translation> — только чтение</translation>
    </message>
    <message>
        <source> — loading…</source>
        <translation> — загрузка…</translation>
    </message>
    <message>
        <source>Select a cake first</source>
        <translation>Сначала выберите торт</translation>
    </message>
    <message>
        <source>Save the new cake first</source>
        <translation>Сначала сохраните новый торт</translation>
    </message>
    <message>
        <source>«{0}» is added as a copy</source>
        <translation>«{0}» добавлен как копия</translation>
    </message>
    <message>
        <source>Delete «{0}»?</source>
        <translation>Удалить «{0}»?</translation>
    </message>
    <message>
        <source>The cake is deleted</source>
        <translation>Торт удалён</translation>
    </message>
    <message>
        <source>The recipe is saved</source>
        <translation>Рецепт сохранён</translation>
    </message>
    <message>
        <source>Imported: {0} added, {1} changed</source>
        <translation>Импортировано: добавлено {0}, изменено {1}</translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation>Экспорт: {0}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {0}</source>
        <translation>
            <numerusform>%n строка записана в {0}</numerusform>
            <numerusform>%n строки записаны в {0}</numerusform>
            <numerusform>%n строк записано в {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Cakeshop — administration</source>
        <translation>Cakeshop — администрирование</translation>
    </message>
    <message>
        <source>Administration window</source>
        <translation>Окно администратора</translation>
    </message>
    <message>
        <source>Administration sections</source>
        <translation>Разделы администрирования</translation>
    </message>
    <message>
        <source>A&amp;ssortment</source>
        <translation>&amp;Ассортимент</translation>
    </message>
    <message>
        <source>Cakes</source>
        <translation>Торты</translation>
    </message>
    <message>
        <source>Filter cakes</source>
        <translation>Фильтр тортов</translation>
    </message>
    <message>
        <source>Filter by name, SKU or description</source>
        <translation>Фильтр по названию, артикулу или описанию</translation>
    </message>
    <message>
        <source>Add a cake</source>
        <translation>Добавить торт</translation>
    </message>
    <message>
        <source>&amp;Add cake</source>
        <translation>&amp;Добавить торт</translation>
    </message>
    <message>
        <source>Add a new cake row (Ins)</source>
        <translation>Добавить строку нового торта (Ins)</translation>
    </message>
    <message>
        <source>Duplicate the cake</source>
        <translation>Дублировать торт</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Д&amp;ублировать</translation>
    </message>
    <message>
        <source>A copy with a new SKU, no stock and the same recipe</source>
        <translation>Копия с новым артикулом, без остатка и с тем же рецептом</translation>
    </message>
    <message>
        <source>Delete the cake</source>
        <translation>Удалить торт</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>A cake that was ever sold is deactivated instead</source>
        <translation>Торт, который уже продавался, вместо удаления снимается с продажи</translation>
    </message>
    <message>
        <source>Edit the recipe</source>
        <translation>Изменить рецепт</translation>
    </message>
    <message>
        <source>&amp;Recipe…</source>
        <translation>&amp;Рецепт…</translation>
    </message>
    <message>
        <source>Ingredients and quantities of the selected cake</source>
        <translation>Ингредиенты и их количество для выбранного торта</translation>
    </message>
    <message>
        <source>Import cakes from CSV</source>
        <translation>Импорт тортов из CSV</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <source>Export cakes to CSV</source>
        <translation>Экспорт тортов в CSV</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <source>Revert cake changes</source>
        <translation>Отменить изменения тортов</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Save cake changes</source>
        <translation>Сохранить изменения тортов</translation>
    </message>
    <message>
        <source>&amp;Save cakes</source>
        <translation>&amp;Сохранить торты</translation>
    </message>
    <message>
        <source>Save every pending change (Ctrl+S)</source>
        <translation>Сохранить все изменения (Ctrl+S)</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Добавить категорию</translation>
    </message>
    <message>
        <source>Add categor&amp;y</source>
        <translation>Добавить &amp;категорию</translation>
    </message>
    <message>
        <source>Delete the category</source>
        <translation>Удалить категорию</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Удалить категорию</translation>
    </message>
    <message>
        <source>Its cakes stay, without a category</source>
        <translation>Её торты останутся, без категории</translation>
    </message>
    <message>
        <source>Revert category changes</source>
        <translation>Отменить изменения категорий</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Save category changes</source>
        <translation>Сохранить изменения категорий</translation>
    </message>
    <message>
        <source>Save categories</source>
        <translation>Сохранить категории</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>&amp;Таблицы</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Таблицы</translation>
    </message>
    <message>
        <source>Every table of the database</source>
        <translation>Все таблицы базы данных</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Фильтр строк</translation>
    </message>
    <message>
        <source>Filter: text in any text column, or a row id</source>
        <translation>Фильтр: текст в любом текстовом столбце или номер строки</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Добавить строку</translation>
    </message>
    <message>
        <source>A new row at the end (Ins)</source>
        <translation>Новая строка в конце (Ins)</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>Удалить выбранные строки</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>&amp;Удалить строки</translation>
    </message>
    <message>
        <source>Marks the selected rows; they go when you save (Del)</source>
        <translation>Отмечает выбранные строки; они удаляются при сохранении (Del)</translation>
    </message>
    <message>
        <source>Export the table to CSV</source>
        <translation>Экспорт таблицы в CSV</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Forget every pending change</source>
        <translation>Забыть все несохранённые изменения</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save every pending change in one transaction (Ctrl+S)</source>
        <translation>Сохранить все изменения одной транзакцией (Ctrl+S)</translation>
    </message>
    <message>
        <source>Table rows</source>
        <translation>Строки таблицы</translation>
    </message>
    <message>
        <source>Table status</source>
        <translation>Состояние таблицы</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Пользователи</translation>
    </message>
    <message>
        <source>Register a user</source>
        <translation>Зарегистрировать пользователя</translation>
    </message>
    <message>
        <source>&amp;Register user…</source>
        <translation>&amp;Зарегистрировать…</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>Изменить роль</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Изменить &amp;роль…</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>Сбросить пароль</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Сбросить &amp;пароль…</translation>
    </message>
    <message>
        <source>Lock the account</source>
        <translation>Заблокировать учётную запись</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Unlock the account</source>
        <translation>Разблокировать учётную запись</translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation>Ра&amp;зблокировать</translation>
    </message>
    <message>
        <source>Deactivate or reactivate the account</source>
        <translation>Отключить или снова включить учётную запись</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>&amp;Журнал изменений</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Фильтр по пользователю</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Таблица:</translation>
    </message>
    <message>
        <source>Filter by table</source>
        <translation>Фильтр по таблице</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Начальная дата</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Конечная дата</translation>
    </message>
    <message>
        <source>Show the audit log</source>
        <translation>Показать журнал изменений</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Windows</source>
        <translation>&amp;Окна</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Read the shown data again</source>
        <translation>Прочитать показанные данные заново</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Выйти из учётной записи</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Ordering</source>
        <translation>&amp;Касса</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>The ordering window: catalogue, cart, orders</source>
        <translation>Окно кассы: каталог, корзина, заказы</translation>
    </message>
    <message>
        <source>&amp;Production board</source>
        <translation>&amp;Производство</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>What the bakers make and by when</source>
        <translation>Что пекарям делать и к какому сроку</translation>
    </message>
    <message>
        <source>Sales &amp;analytics</source>
        <translation>&amp;Аналитика продаж</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Revenue, top cakes, shift reports</source>
        <translation>Выручка, лучшие торты, отчёты за смену</translation>
    </message>
</context>
<context>
    <name>AnalyticsWindow</name>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Недели</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Quantity sold</source>
        <translation>Продано, шт.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>Отчёт рассчитывается…</translation>
    </message>
    <message>
        <source>Computing… A first report over these days takes longer; later ones are quick.</source>
        <translation>Считаем… Первый отчёт за эти дни считается дольше, следующие — быстро.</translation>
    </message>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} за {1}</translation>
    </message>
    <message>
        <source>Revenue by {0}, {1}</source>
        <translation>Выручка по периодам ({0}), {1}</translation>
    </message>
    <message>
        <source>Orders by hour of the day</source>
        <translation>Заказы по часам дня</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Orders by day of the week</source>
        <translation>Заказы по дням недели</translation>
    </message>
    <message>
        <source>No sales in this period</source>
        <translation>Нет продаж за этот период</translation>
    </message>
    <message>
        <source>Report ready</source>
        <translation>Отчёт готов</translation>
    </message>
    <message>
        <source>Revenue by {0}</source>
        <translation>Выручка по периодам ({0})</translation>
    </message>
    <message>
        <source>Top cakes by revenue</source>
        <translation>Лучшие торты по выручке</translation>
    </message>
    <message>
        <source>Top cakes by quantity</source>
        <translation>Лучшие торты по количеству</translation>
    </message>
    <message>
        <source>Revenue by category</source>
        <translation>Выручка по категориям</translation>
    </message>
    <message>
        <source>Made to order and showcase</source>
        <translation>Под заказ и с витрины</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Отмены</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>Не удалось сохранить {0}: {1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <source>Sales analytics</source>
        <translation>Аналитика продаж</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Первый день периода</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Последний день периода</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Revenue chart grain</source>
        <translation>Шаг графика выручки</translation>
    </message>
    <message>
        <source>Bucket the revenue chart by day, week or month</source>
        <translation>Группировать график выручки по дням, неделям или месяцам</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Period: today</source>
        <translation>Период: сегодня</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Period: this week</source>
        <translation>Период: эта неделя</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Period: this month</source>
        <translation>Период: этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>Period: last month</source>
        <translation>Период: прошлый месяц</translation>
    </message>
    <message>
        <source>The whole of last month, by day</source>
        <translation>Весь прошлый месяц, по дням</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Period: this year</source>
        <translation>Период: этот год</translation>
    </message>
    <message>
        <source>Computing the report</source>
        <translation>Отчёт рассчитывается</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Состояние отчёта</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Compute the report again</source>
        <translation>Рассчитать отчёт заново</translation>
    </message>
    <message>
        <source>Compute the report again (F5)</source>
        <translation>Рассчитать отчёт заново (F5)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Revenue of the period</source>
        <translation>Выручка за период</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Orders of the period</source>
        <translation>Заказы за период</translation>
    </message>
    <message>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Cakes sold</source>
        <translation>Продано тортов</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation>Отменённые заказы</translation>
    </message>
    <message>
        <source>What counts as revenue?</source>
        <translation>Что считается выручкой?</translation>
    </message>
    <message>
        <source>What counts as revenue</source>
        <translation>Что считается выручкой</translation>
    </message>
    <message>
        <source>Revenue chart</source>
        <translation>График выручки</translation>
    </message>
    <message>
        <source>Top cakes</source>
        <translation>Лучшие торты</translation>
    </message>
    <message>
        <source>Rank by:</source>
        <translation>Порядок:</translation>
    </message>
    <message>
        <source>Rank top cakes by</source>
        <translation>Порядок лучших тортов</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>Подробности отчёта</translation>
    </message>
    <message>
        <source>Revenue table</source>
        <translation>Таблица выручки</translation>
    </message>
    <message>
        <source>Revenue by period</source>
        <translation>Выручка по периодам</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Hours and weekdays</source>
        <translation>Часы и дни недели</translation>
    </message>
    <message>
        <source>Cancellations by reason</source>
        <translation>Отмены по причинам</translation>
    </message>
    <message>
        <source>Shift report…</source>
        <translation>Отчёт за смену…</translation>
    </message>
    <message>
        <source>Open the shift report</source>
        <translation>Открыть отчёт за смену</translation>
    </message>
    <message>
        <source>A cashier&apos;s Z report for one day</source>
        <translation>Z-отчёт кассира за один день</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>Where the figures were read</source>
        <translation>Откуда взяты цифры</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>Export the tables as CSV</source>
        <translation>Экспортировать таблицы в CSV</translation>
    </message>
    <message>
        <source>The shown tables in a CSV file Excel opens</source>
        <translation>Показанные таблицы в файле CSV, который открывает Excel</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт PDF…</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Экспортировать отчёт в PDF</translation>
    </message>
    <message>
        <source>The whole report with the chart as a PDF file</source>
        <translation>Весь отчёт с графиком в файле PDF</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Отчёт</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт &amp;CSV…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт &amp;PDF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Shift report…</source>
        <translation>Отчёт за &amp;смену…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
</context>
<context>
    <name>AuditChanges</name>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>system</source>
        <translation>система</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>any day</source>
        <translation>любой день</translation>
    </message>
    <message>
        <source>Anybody</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Any table</source>
        <translation>Любая таблица</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Сделана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>A copy of the shop&apos;s database is made every day the app runs and before every upgrade, in {0}. The newest {1} are kept.</source>
        <translation>Копия базы данных магазина делается каждый день, когда работает программа, и перед каждым обновлением, в папку {0}. Хранятся {1} последних.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Сделать копию сейчас</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Восстановить из &amp;файла…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <source>Backup result</source>
        <translation>Результат резервного копирования</translation>
    </message>
    <message>
        <source>The shop&apos;s data is on the server {0}, not on this computer. Back it up where the server is: the command «cakeshop db backup FILE» writes the whole database into a file, and «cakeshop db restore FILE» loads one into a new, empty database (see the README).</source>
        <translation>Данные магазина хранятся на сервере {0}, а не на этом компьютере. Делайте копии там, где сервер: команда «cakeshop db backup ФАЙЛ» записывает всю базу данных в файл, а «cakeshop db restore ФАЙЛ» загружает его в новую, пустую базу данных (см. README).</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Делается копия…</translation>
    </message>
    <message>
        <source>Backed up: {0}, {1}.</source>
        <translation>Копия сделана: {0}, {1}.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Восстановить из файла</translation>
    </message>
    <message>
        <source>Cakeshop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Cakeshop (*.sqlite3 *.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Replace the shop&apos;s data with the backup «{0}»? Everything entered since then is lost. The data as it is now is backed up first, and everybody logs in again.</source>
        <translation>Заменить данные магазина резервной копией «{0}»? Всё, что введено после неё, пропадёт. Сначала делается копия нынешних данных, затем все входят заново.</translation>
    </message>
    <message>
        <source>Checking and restoring the backup «{0}»…</source>
        <translation>Проверка и восстановление копии «{0}»…</translation>
    </message>
    <message>
        <source>Restored the backup «{0}».</source>
        <translation>Копия «{0}» восстановлена.</translation>
    </message>
    <message>
        <source>The shop&apos;s data is back as it was in the backup «{0}». What it held a moment ago is kept as a backup too. The app now reopens: log in again.</source>
        <translation>Данные магазина снова такие, как в копии «{0}». То, что было в базе минуту назад, тоже сохранено в копии. Программа открывается заново: войдите ещё раз.</translation>
    </message>
</context>
<context>
    <name>BoardColumnModel</name>
    <message>
        <source>{0} · {1} of {2} booked</source>
        <translation>{0} · занято {1} из {2}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Showcase batch</source>
        <translation>Партия для витрины</translation>
    </message>
    <message>
        <source>Order {0} · {1}</source>
        <translation>Заказ {0} · {1}</translation>
    </message>
    <message>
        <source>Pickup {0}</source>
        <translation>Выдача {0}</translation>
    </message>
    <message>
        <source>Inscription: «{0}»</source>
        <translation>Надпись: «{0}»</translation>
    </message>
    <message>
        <source>Notes: {0}</source>
        <translation>Примечания: {0}</translation>
    </message>
    <message>
        <source>Order notes: {0}</source>
        <translation>Примечания к заказу: {0}</translation>
    </message>
    <message>
        <source>Allergens: {0}</source>
        <translation>Аллергены: {0}</translation>
    </message>
    <message>
        <source>Baker: {0}</source>
        <translation>Пекарь: {0}</translation>
    </message>
</context>
<context>
    <name>CakeDetailPane</name>
    <message>
        <source>Chosen cake</source>
        <translation>Выбранный торт</translation>
    </message>
    <message>
        <source>Picture of the cake</source>
        <translation>Фото торта</translation>
    </message>
    <message>
        <source>Cake</source>
        <translation>Торт</translation>
    </message>
    <message>
        <source>Price, weight, availability</source>
        <translation>Цена, вес, наличие</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Состав</translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation>Аллергены</translation>
    </message>
    <message>
        <source>Choose a cake in the catalogue to see it here</source>
        <translation>Выберите торт в каталоге, чтобы увидеть его здесь</translation>
    </message>
    <message>
        <source>Allergens: {0}</source>
        <translation>Аллергены: {0}</translation>
    </message>
    <message>
        <source>Allergens: none listed</source>
        <translation>Аллергены: не указаны</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>Фото пока нет</translation>
    </message>
    <message>
        <source>Composition: {0}</source>
        <translation>Состав: {0}</translation>
    </message>
    <message>
        <source>Composition: not listed</source>
        <translation>Состав: не указан</translation>
    </message>
</context>
<context>
    <name>CakePicturePanel</name>
    <message>
        <source>Picture</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Picture of the chosen cake</source>
        <translation>Фото выбранного торта</translation>
    </message>
    <message>
        <source>Picture of the cake</source>
        <translation>Фото торта</translation>
    </message>
    <message>
        <source>C&amp;hoose a picture…</source>
        <translation>Вы&amp;брать фото…</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Выбрать фото</translation>
    </message>
    <message>
        <source>A PNG, JPEG or WebP file; it is scaled to 1024 pixels at most</source>
        <translation>Файл PNG, JPEG или WebP; уменьшается до 1024 пикселей</translation>
    </message>
    <message>
        <source>Remo&amp;ve picture</source>
        <translation>Убрать &amp;фото</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Убрать фото</translation>
    </message>
    <message>
        <source>or drop a picture file here</source>
        <translation>или перетащите сюда файл с фото</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Choose a saved cake to give it a picture</source>
        <translation>Выберите сохранённый торт, чтобы добавить ему фото</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <source>A picture of «{0}»</source>
        <translation>Фото торта «{0}»</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>The picture of «{0}» is saved</source>
        <translation>Фото торта «{0}» сохранено</translation>
    </message>
    <message>
        <source>The picture of «{0}» is removed</source>
        <translation>Фото торта «{0}» убрано</translation>
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <source>Cancel order {0}</source>
        <translation>Отмена заказа {0}</translation>
    </message>
    <message>
        <source>Cakes taken from the showcase go back on the showcase.</source>
        <translation>Торты, взятые с витрины, вернутся на витрину.</translation>
    </message>
    <message>
        <source>The production room booked for made-to-order cakes is freed.</source>
        <translation>Место в производстве, занятое тортами под заказ, освободится.</translation>
    </message>
    <message>
        <source>The customer paid {0}: next, choose how much of it goes back.</source>
        <translation>Покупатель заплатил {0}: дальше выберите, сколько из этого вернуть.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Причина (обязательно):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Причина отмены</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Отменить заказ</translation>
    </message>
    <message>
        <source>Keep the order</source>
        <translation>Оставить заказ</translation>
    </message>
    <message>
        <source>At most {0} characters.</source>
        <translation>Не больше {0} символов.</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Pickup {0}</source>
        <translation>Выдача {0}</translation>
    </message>
    <message>
        <source>Inscription: «{0}»</source>
        <translation>Надпись: «{0}»</translation>
    </message>
    <message>
        <source>Notes: {0}</source>
        <translation>Примечания: {0}</translation>
    </message>
    <message>
        <source>Order notes: {0}</source>
        <translation>Примечания к заказу: {0}</translation>
    </message>
    <message>
        <source>Allergens: {0}</source>
        <translation>Аллергены: {0}</translation>
    </message>
    <message>
        <source>Baker: {0}</source>
        <translation>Пекарь: {0}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
</context>
<context>
    <name>CartControls</name>
    <message>
        <source>Remove the cart line</source>
        <translation>Удалить строку корзины</translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation>Итого: {0}</translation>
    </message>
    <message>
        <source>Cart ({0})</source>
        <translation>Корзина ({0})</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Clear the cart</source>
        <translation>Очистить корзину</translation>
    </message>
    <message numerus="yes">
        <source>Take all %n line(s) out of the cart?</source>
        <translation>
            <numerusform>Убрать из корзины %n строку?</numerusform>
            <numerusform>Убрать из корзины все %n строки?</numerusform>
            <numerusform>Убрать из корзины все %n строк?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <source>Cake</source>
        <translation>Торт</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>CatalogFilters</name>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>По названию</translation>
    </message>
    <message>
        <source>Cheapest first</source>
        <translation>Сначала дешёвые</translation>
    </message>
    <message>
        <source>Dearest first</source>
        <translation>Сначала дорогие</translation>
    </message>
    <message>
        <source>Most popular</source>
        <translation>Самые популярные</translation>
    </message>
    <message>
        <source>Without allergens ({0})</source>
        <translation>Без аллергенов ({0})</translation>
    </message>
    <message>
        <source>Without allergens</source>
        <translation>Без аллергенов</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>Cake</source>
        <translation>Торт</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Наличие</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>Edit {0}</source>
        <translation>Изменить: {0}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>Checkout</source>
        <translation>Оформление заказа</translation>
    </message>
    <message>
        <source>Cake</source>
        <translation>Торт</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Inscription</source>
        <translation>Надпись</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source> (made to order)</source>
        <translation> (под заказ)</translation>
    </message>
    <message>
        <source>Name, login or phone</source>
        <translation>Имя, логин или телефон</translation>
    </message>
    <message>
        <source>«{0}» takes {1} h to make: the earliest pickup is {2}.</source>
        <translation>«{0}» готовится {1} ч: самое раннее время выдачи — {2}.</translation>
    </message>
    <message>
        <source>Showcase cakes only: they are ready now.</source>
        <translation>Только торты с витрины: они готовы сейчас.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>₽</source>
        <translation>₽</translation>
    </message>
    <message>
        <source>You pay at the counter when you collect the order.</source>
        <translation>Оплата на кассе при получении заказа.</translation>
    </message>
    <message>
        <source>&amp;Register as a customer</source>
        <translation>З&amp;арегистрировать покупателя</translation>
    </message>
    <message>
        <source>Register as a customer</source>
        <translation>Зарегистрировать покупателя</translation>
    </message>
    <message>
        <source>Keep this walk-in&apos;s name and phone as a registered customer (no password: they can create a login later at the self-service screen)</source>
        <translation>Сохранить имя и телефон этого покупателя как зарегистрированного (без пароля: вход он сможет создать позже на экране самообслуживания)</translation>
    </message>
    <message>
        <source>Paid now lowered from {0} to the new total, {1}</source>
        <translation>Оплата сейчас уменьшена с {0} до нового итога — {1}</translation>
    </message>
    <message>
        <source>Minimum deposit: {0} ({1} %)</source>
        <translation>Минимальная предоплата: {0} ({1} %)</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Сумма без скидки</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Paid now</source>
        <translation>Оплачено сейчас</translation>
    </message>
    <message>
        <source>Balance at pickup</source>
        <translation>Остаток при выдаче</translation>
    </message>
    <message>
        <source>To pay at the counter</source>
        <translation>К оплате на кассе</translation>
    </message>
    <message>
        <source>Choose a registered customer from the list</source>
        <translation>Выберите зарегистрированного покупателя из списка</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Имя покупателя</translation>
    </message>
    <message>
        <source>Placing the order…</source>
        <translation>Заказ оформляется…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>&amp;Walk-in</source>
        <translation>&amp;Без регистрации</translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation>Покупатель без регистрации</translation>
    </message>
    <message>
        <source>Re&amp;gistered customer</source>
        <translation>&amp;Зарегистрированный покупатель</translation>
    </message>
    <message>
        <source>Registered customer</source>
        <translation>Зарегистрированный покупатель</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Type a name, login or phone to find a registered customer</source>
        <translation>Введите имя, логин или телефон, чтобы найти зарегистрированного покупателя</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Name of the customer</source>
        <translation>Имя покупателя</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Телефон покупателя</translation>
    </message>
    <message>
        <source>+7 900 123-45-67</source>
        <translation>+7 900 123-45-67</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Выдача</translation>
    </message>
    <message>
        <source>The customer takes the &amp;cakes now</source>
        <translation>Пок&amp;упатель забирает торты сейчас</translation>
    </message>
    <message>
        <source>Hand out now</source>
        <translation>Выдать сейчас</translation>
    </message>
    <message>
        <source>Sold at the counter: the order is paid in full and handed out at once</source>
        <translation>Продажа на кассе: заказ оплачивается полностью и сразу выдаётся</translation>
    </message>
    <message>
        <source>Set a pickup &amp;time</source>
        <translation>Назначить &amp;время выдачи</translation>
    </message>
    <message>
        <source>Set a pickup time</source>
        <translation>Назначить время выдачи</translation>
    </message>
    <message>
        <source>Pic&amp;kup time:</source>
        <translation>Вре&amp;мя выдачи:</translation>
    </message>
    <message>
        <source>Pickup date and time</source>
        <translation>Дата и время выдачи</translation>
    </message>
    <message>
        <source>Earliest pickup</source>
        <translation>Самое раннее время выдачи</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <source>Fu&amp;ll</source>
        <translation>&amp;Полностью</translation>
    </message>
    <message>
        <source>Full payment</source>
        <translation>Полная оплата</translation>
    </message>
    <message>
        <source>D&amp;eposit</source>
        <translation>П&amp;редоплата</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Предоплата</translation>
    </message>
    <message>
        <source>Pa&amp;id now:</source>
        <translation>Оплачено с&amp;ейчас:</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>Оплаченная сумма</translation>
    </message>
    <message>
        <source>Minimum deposit</source>
        <translation>Минимальная предоплата</translation>
    </message>
    <message>
        <source>Disco&amp;unt:</source>
        <translation>С&amp;кидка:</translation>
    </message>
    <message>
        <source>Discount in percent or in roubles</source>
        <translation>Скидка в процентах или в рублях</translation>
    </message>
    <message>
        <source>The discount in percent of the order or in roubles</source>
        <translation>Скидка в процентах от суммы заказа или в рублях</translation>
    </message>
    <message>
        <source>Payment note</source>
        <translation>Пояснение к оплате</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Сумма заказа</translation>
    </message>
    <message>
        <source>Cakes: inscription and notes (double-click or F2 to edit)</source>
        <translation>Торты: надпись и примечания (двойной щелчок или F2 — изменить)</translation>
    </message>
    <message>
        <source>Cakes, inscriptions and notes</source>
        <translation>Торты, надписи и примечания</translation>
    </message>
    <message>
        <source>Order n&amp;otes:</source>
        <translation>Приме&amp;чания к заказу:</translation>
    </message>
    <message>
        <source>Order notes</source>
        <translation>Примечания к заказу</translation>
    </message>
    <message>
        <source>For the whole order</source>
        <translation>Для всего заказа</translation>
    </message>
    <message>
        <source>Checkout error</source>
        <translation>Ошибка оформления</translation>
    </message>
    <message>
        <source>Checkout progress</source>
        <translation>Ход оформления</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel checkout</source>
        <translation>Отменить оформление</translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>&amp;Оформить заказ</translation>
    </message>
    <message>
        <source>Place order</source>
        <translation>Оформить заказ</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>On sale</source>
        <translation>В продаже</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Price, ₽</source>
        <translation>Цена, ₽</translation>
    </message>
    <message>
        <source>Weight, g</source>
        <translation>Вес, г</translation>
    </message>
    <message>
        <source>Lead time, h</source>
        <translation>Срок изготовления, ч</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Подпись на чеке</translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation>Отменённые заказы</translation>
    </message>
    <message>
        <source>Payment kind</source>
        <translation>Вид платежа</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Вид движения</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation>Аллергены</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Amount, kopecks</source>
        <translation>Сумма, коп.</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Занято</translation>
    </message>
    <message>
        <source>Cake</source>
        <translation>Торт</translation>
    </message>
    <message>
        <source>Cake name</source>
        <translation>Название торта</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Мощность</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Кто изменил</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Кто создал</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Имя покупателя</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Телефон покупателя</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Неудачных входов</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Закончено</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>Из статуса</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Height, px</source>
        <translation>Высота, пикс.</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Submission key</source>
        <translation>Ключ отправки</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ингредиент</translation>
    </message>
    <message>
        <source>Inscription</source>
        <translation>Надпись</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Сумма строки</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Заблокирован до</translation>
    </message>
    <message>
        <source>Made to order</source>
        <translation>Под заказ</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>Позиция заказа</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено назад</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Минимальный запас</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Порядок сортировки</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Сумма без скидки</translation>
    </message>
    <message>
        <source>Summarised</source>
        <translation>Сводка готова</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Принял</translation>
    </message>
    <message>
        <source>Production task</source>
        <translation>Производственное задание</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>В статус</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за шт.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Версия схемы</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>Width, px</source>
        <translation>Ширина, пикс.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation>Ожидание базы данных…</translation>
    </message>
    <message>
        <source>Offline: the database is unreachable</source>
        <translation>Нет связи: база данных недоступна</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Your work is kept. The app keeps trying; press F5 to try again now.</source>
        <translation>Ваша работа сохранена. Программа продолжает попытки; нажмите F5, чтобы попробовать сейчас.</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>Walk-in</source>
        <translation>Без имени</translation>
    </message>
</context>
<context>
    <name>DatabaseChoicePage</name>
    <message>
        <source>Where the shop&apos;s data lives</source>
        <translation>Где хранятся данные магазина</translation>
    </message>
    <message>
        <source>One computer, or several counters sharing a server.</source>
        <translation>Один компьютер или несколько касс с общим сервером.</translation>
    </message>
    <message>
        <source>On &amp;this computer (a local database)</source>
        <translation>На &amp;этом компьютере (локальная база)</translation>
    </message>
    <message>
        <source>On the shop&apos;s &amp;server (MySQL or MariaDB), shared by the counters</source>
        <translation>На &amp;сервере магазина (MySQL или MariaDB), общем для касс</translation>
    </message>
    <message>
        <source>Connected: the server is ready.</source>
        <translation>Подключено: сервер готов.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Cakeshop — the first administrator</source>
        <translation>Cakeshop — первый администратор</translation>
    </message>
    <message>
        <source>The shop database has no administrator yet: create the first one now. Without one nobody can manage the users (later: cakeshop user add NAME --role admin).</source>
        <translation>В базе магазина ещё нет администратора: создайте первого сейчас. Без него некому управлять пользователями (позже: cakeshop user add ИМЯ --role admin).</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
</context>
<context>
    <name>GridEditor</name>
    <message>
        <source>Add a row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>Удалить выбранные строки</translation>
    </message>
    <message>
        <source>Saved: {0} added, {1} changed, {2} deleted</source>
        <translation>Сохранено: добавлено {0}, изменено {1}, удалено {2}</translation>
    </message>
    <message>
        <source>Row {0}, {1}: {2}</source>
        <translation>Строка {0}, {1}: {2}</translation>
    </message>
    <message>
        <source>Nothing was saved. Fix the marked cells:</source>
        <translation>Ничего не сохранено. Исправьте отмеченные ячейки:</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Save or revert the pending changes first</source>
        <translation>Сначала сохраните или отмените изменения</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <source>Hand out order {0}</source>
        <translation>Выдача заказа {0}</translation>
    </message>
    <message>
        <source>Hand order &lt;b&gt;{0}&lt;/b&gt; to &lt;b&gt;{1}&lt;/b&gt;?</source>
        <translation>Выдать заказ &lt;b&gt;{0}&lt;/b&gt; покупателю &lt;b&gt;{1}&lt;/b&gt;?</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>покупатель</translation>
    </message>
    <message>
        <source>How the balance is paid</source>
        <translation>Как оплачивается остаток</translation>
    </message>
    <message>
        <source>Amount to collect</source>
        <translation>Сумма к получению</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:16pt&apos;&gt;Collect &lt;b&gt;{0}&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:16pt&apos;&gt;Получите &lt;b&gt;{0}&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Paid so far:</source>
        <translation>Уже оплачено:</translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation>Способ оплаты:</translation>
    </message>
    <message>
        <source>Paid in full: nothing to collect.</source>
        <translation>Оплачено полностью: получать нечего.</translation>
    </message>
    <message>
        <source>Hand out</source>
        <translation>Выдать</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import cakes</source>
        <translation>Импорт тортов</translation>
    </message>
    <message>
        <source>Import cakes from CSV</source>
        <translation>Импорт тортов из CSV</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Выбрать файл</translation>
    </message>
    <message>
        <source>Columns: sku, name, price and optionally description, category, weight_grams, allergens, stock_qty, made_to_order, lead_time_hours, is_active</source>
        <translation>Столбцы: sku, name, price и по желанию description, category, weight_grams, allergens, stock_qty, made_to_order, lead_time_hours, is_active</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Итог импорта</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Предпросмотр импорта</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Cakes to import</source>
        <translation>Торты для импорта</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>the file is larger than 5 MB</source>
        <translation>файл больше 5 МБ</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>Не удаётся прочитать {0}: {1}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>update</source>
        <translation>изменение</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported</source>
        <translation>
            <numerusform>Можно загрузить %n строку</numerusform>
            <numerusform>Можно загрузить %n строки</numerusform>
            <numerusform>Можно загрузить %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused</source>
        <translation>
            <numerusform>, %n отклонена</numerusform>
            <numerusform>, %n отклонены</numerusform>
            <numerusform>, %n отклонено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IngredientsPanel</name>
    <message>
        <source>A purchase and waste are positive; an adjustment may be negative (−250)</source>
        <translation>Закупка и списание — положительные; корректировка может быть отрицательной (−250)</translation>
    </message>
    <message>
        <source>Ledger of the selected ingredient (newest first):</source>
        <translation>Движения выбранного ингредиента (сначала новые):</translation>
    </message>
    <message>
        <source>The ledger does not explain the stock of: {0}. Count it and record an adjustment.</source>
        <translation>Движения по складу не объясняют остаток: {0}. Пересчитайте и запишите корректировку.</translation>
    </message>
    <message>
        <source>amount in {0}</source>
        <translation>количество в {0}</translation>
    </message>
    <message>
        <source>Choose an ingredient first</source>
        <translation>Сначала выберите ингредиент</translation>
    </message>
    <message>
        <source>{0} recorded: «{1}» now {2} {3}</source>
        <translation>{0} записано: «{1}» теперь {2} {3}</translation>
    </message>
    <message>
        <source>«{0}» saved</source>
        <translation>«{0}» сохранён</translation>
    </message>
</context>
<context>
    <name>LinkAccountDialog</name>
    <message>
        <source>Link a customer&apos;s account</source>
        <translation>Связать учётную запись покупателя</translation>
    </message>
    <message>
        <source>A customer who created an account with a phone the shop already had sees none of the earlier orders until you link it. Check with the customer first.</source>
        <translation>Покупатель, создавший учётную запись с телефоном, который уже был у магазина, не видит прежних заказов, пока вы её не свяжете. Сначала уточните у покупателя.</translation>
    </message>
    <message>
        <source>The customer&apos;s account</source>
        <translation>Учётная запись покупателя</translation>
    </message>
    <message>
        <source>Name, login or phone</source>
        <translation>Имя, логин или телефон</translation>
    </message>
    <message>
        <source>Customers on file with the same phone</source>
        <translation>Покупатели с тем же телефоном</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
        <source>&amp;Same phone on file:</source>
        <translation>&amp;Тот же телефон:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Связать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Nobody else on file has this phone.</source>
        <translation>Больше ни у кого нет этого телефона.</translation>
    </message>
    <message>
        <source>Move the orders of {0} to the account {1}? Check with the customer first.</source>
        <translation>Перенести заказы {0} в учётную запись {1}? Сначала уточните у покупателя.</translation>
    </message>
    <message numerus="yes">
        <source>Linked. Orders moved to the account: %n</source>
        <translation>
            <numerusform>Связано. Перенесено заказов: %n</numerusform>
            <numerusform>Связано. Перенесено заказов: %n</numerusform>
            <numerusform>Связано. Перенесено заказов: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Opening the shop database…</source>
        <translation>Открываем базу данных магазина…</translation>
    </message>
    <message>
        <source>&amp;Create an account…</source>
        <translation>&amp;Создать учётную запись…</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Создать учётную запись</translation>
    </message>
    <message>
        <source>Local database on this computer: orders stay here. &lt;a href=&quot;settings&quot;&gt;Connect to the shop server…&lt;/a&gt;</source>
        <translation>Локальная база данных на этом компьютере: заказы хранятся здесь. &lt;a href=&quot;settings&quot;&gt;Подключиться к серверу магазина…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Shop server: {0}</source>
        <translation>Сервер магазина: {0}</translation>
    </message>
    <message>
        <source>Demo shop: log in as admin / admin123, cashier / cashier123, baker / baker123 or customer / customer123.</source>
        <translation>Демо-магазин: входите как admin / admin123, cashier / cashier123, baker / baker123 или customer / customer123.</translation>
    </message>
    <message>
        <source>Enter your login and password</source>
        <translation>Введите логин и пароль</translation>
    </message>
    <message>
        <source>Cakeshop — log in</source>
        <translation>Cakeshop — вход</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cakeshop&lt;/b&gt;&lt;br&gt;Log in to the counter</source>
        <translation>&lt;b&gt;Cakeshop&lt;/b&gt;&lt;br&gt;Вход в кассу</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>your login, e.g. anna</source>
        <translation>ваш логин, например anna</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Ошибка входа</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>&amp;Войти</translation>
    </message>
</context>
<context>
    <name>MovementKind</name>
    <message>
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Производство</translation>
    </message>
    <message>
        <source>Used in production</source>
        <translation>Израсходовано в производстве</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Закупка</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Корректировка</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Списание</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Returned by the customer</source>
        <translation>Возврат от покупателя</translation>
    </message>
</context>
<context>
    <name>MyAccountDialog</name>
    <message>
        <source>My account</source>
        <translation>Моя учётная запись</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Данные</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>My &amp;orders</source>
        <translation>Мои &amp;заказы</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>&amp;Save my details</source>
        <translation>&amp;Сохранить мои данные</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>at least 6 characters</source>
        <translation>не меньше 6 символов</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Новый пароль ещё раз</translation>
    </message>
    <message>
        <source>C&amp;hange the password</source>
        <translation>С&amp;менить пароль</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Т&amp;екущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the same one twice</source>
        <translation>Новые пароли не совпадают: введите один и тот же дважды</translation>
    </message>
    <message>
        <source>Password changed: use it at your next login.</source>
        <translation>Пароль сменён: используйте его при следующем входе.</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <source>&amp;Hand out…</source>
        <translation>&amp;Выдать…</translation>
    </message>
    <message>
        <source>Hand out</source>
        <translation>Выдать</translation>
    </message>
    <message>
        <source>Return a &amp;cake…</source>
        <translation>Возврат &amp;торта…</translation>
    </message>
    <message>
        <source>Return a cake</source>
        <translation>Возврат торта</translation>
    </message>
    <message>
        <source>Choose the line of the cake the customer brought back, then press here</source>
        <translation>Выберите строку торта, который принёс покупатель, и нажмите здесь</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Напечатать чек</translation>
    </message>
    <message>
        <source>Order {0}</source>
        <translation>Заказ {0}</translation>
    </message>
    <message>
        <source>Order № {0}</source>
        <translation>Заказ № {0}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не назначено</translation>
    </message>
    <message>
        <source>not paid yet</source>
        <translation>ещё не оплачен</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Сумма без скидки</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Inscription: «{0}»</source>
        <translation>Надпись: «{0}»</translation>
    </message>
    <message>
        <source> (made to order)</source>
        <translation> (под заказ)</translation>
    </message>
    <message numerus="yes">
        <source> (%n returned)</source>
        <translation>
            <numerusform> (%n возвращён)</numerusform>
            <numerusform> (%n возвращено)</numerusform>
            <numerusform> (%n возвращено)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cake</source>
        <translation>Торт</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за шт.</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Сумма строки</translation>
    </message>
    <message>
        <source>Inscription / notes</source>
        <translation>Надпись / примечания</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Принял</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>receipt-{0}.pdf</source>
        <translation>chek-{0}.pdf</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Сохранить чек в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {0}</source>
        <translation>Не удалось записать PDF: {0}</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>Подробности заказа</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Статус заказа</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Покупатель:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Телефон покупателя</translation>
    </message>
    <message>
        <source>Pickup:</source>
        <translation>Выдача:</translation>
    </message>
    <message>
        <source>Pickup time</source>
        <translation>Время выдачи</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Создан:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Оплата:</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Скидка:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <source>Order notes</source>
        <translation>Примечания к заказу</translation>
    </message>
    <message>
        <source>Cakes</source>
        <translation>Торты</translation>
    </message>
    <message>
        <source>Order items</source>
        <translation>Позиции заказа</translation>
    </message>
    <message>
        <source>Order totals</source>
        <translation>Итоги заказа</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Print &amp;receipt…</source>
        <translation>Печать &amp;чека…</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Печать чека</translation>
    </message>
    <message>
        <source>Print &amp;ticket…</source>
        <translation>Печать &amp;бланка…</translation>
    </message>
    <message>
        <source>The ticket that travels with the order to the bakery and the pickup shelf</source>
        <translation>Бланк, который едет с заказом в цех и на полку выдачи</translation>
    </message>
    <message>
        <source>Print order ticket</source>
        <translation>Печать бланка заказа</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Сохранить &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>OrderPlacedDialog</name>
    <message>
        <source>Order placed</source>
        <translation>Заказ оформлен</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Order summary</source>
        <translation>Сводка заказа</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Print &amp;receipt</source>
        <translation>Напечатать &amp;чек</translation>
    </message>
    <message>
        <source>Print &amp;ticket</source>
        <translation>Напечатать &amp;бланк</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Напечатать чек</translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation>Итого: {0}</translation>
    </message>
    <message>
        <source>Paid: {0}. Due at pickup: {1}</source>
        <translation>Оплачено: {0}. Доплатить при выдаче: {1}</translation>
    </message>
    <message>
        <source>To pay at pickup: {0}</source>
        <translation>Оплатить при выдаче: {0}</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Оплачено полностью</translation>
    </message>
    <message>
        <source>Pickup: {0}</source>
        <translation>Выдача: {0}</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>В производстве</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
</context>
<context>
    <name>OrderingWindow</name>
    <message>
        <source>Cakeshop — order cakes — {0}</source>
        <translation>Cakeshop — заказ тортов — {0}</translation>
    </message>
    <message>
        <source>Cakeshop — ordering — {0} ({1})</source>
        <translation>Cakeshop — касса — {0} ({1})</translation>
    </message>
    <message>
        <source>Cakeshop — catalogue and orders — {0} ({1})</source>
        <translation>Cakeshop — каталог и заказы — {0} ({1})</translation>
    </message>
    <message>
        <source>The orders list is not available in this build.</source>
        <translation>Список заказов в этой сборке недоступен.</translation>
    </message>
    <message>
        <source>Orders to co&amp;nfirm</source>
        <translation>Заказы к &amp;подтверждению</translation>
    </message>
    <message>
        <source>&amp;Link a customer&apos;s account…</source>
        <translation>&amp;Связать учётную запись покупателя…</translation>
    </message>
    <message>
        <source>My &amp;account…</source>
        <translation>Моя &amp;учётная запись…</translation>
    </message>
    <message>
        <source>&amp;Print the selected order&apos;s receipt</source>
        <translation>Напечатать &amp;чек выбранного заказа</translation>
    </message>
    <message>
        <source>&amp;Windows</source>
        <translation>&amp;Окна</translation>
    </message>
    <message>
        <source>&amp;Ordering</source>
        <translation>&amp;Касса</translation>
    </message>
    <message>
        <source>&amp;Production board</source>
        <translation>&amp;Производство</translation>
    </message>
    <message>
        <source>&amp;Sales analytics</source>
        <translation>&amp;Аналитика продаж</translation>
    </message>
    <message>
        <source>Search by name or code (F2)</source>
        <translation>Поиск по названию или коду (F2)</translation>
    </message>
    <message>
        <source>The database is unreachable; retrying every few seconds…</source>
        <translation>База данных недоступна; повтор каждые несколько секунд…</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Связь восстановлена</translation>
    </message>
    <message>
        <source>Found: more than {0}</source>
        <translation>Найдено: более {0}</translation>
    </message>
    <message>
        <source>Found: {0}</source>
        <translation>Найдено: {0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Choose a cake in the catalogue first</source>
        <translation>Сначала выберите торт в каталоге</translation>
    </message>
    <message>
        <source>«{0}» × {1} added to the cart</source>
        <translation>В корзину добавлено: «{0}» × {1}</translation>
    </message>
    <message>
        <source>No cake or order has the code {0}</source>
        <translation>Нет ни торта, ни заказа с кодом {0}</translation>
    </message>
    <message>
        <source>Order {0} placed: {1}</source>
        <translation>Заказ {0} оформлен: {1}</translation>
    </message>
    <message>
        <source>Choose an order in the Orders tab (F3) to print its receipt</source>
        <translation>Выберите заказ на вкладке «Заказы» (F3), чтобы напечатать его чек</translation>
    </message>
    <message>
        <source>Cakeshop — ordering</source>
        <translation>Cakeshop — касса</translation>
    </message>
    <message>
        <source>Ordering window</source>
        <translation>Окно кассы</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Магазин</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Search cakes</source>
        <translation>Поиск тортов</translation>
    </message>
    <message>
        <source>Search by name or scan a barcode (F2)</source>
        <translation>Поиск по названию или штрихкоду (F2)</translation>
    </message>
    <message>
        <source>Type to filter; a scanned barcode + Enter puts the cake in the cart</source>
        <translation>Печатайте для фильтра; отсканированный штрихкод + Enter кладёт торт в корзину</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Сортировка</translation>
    </message>
    <message>
        <source>&amp;Price from</source>
        <translation>&amp;Цена от</translation>
    </message>
    <message>
        <source>Lowest price</source>
        <translation>Наименьшая цена</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;до</translation>
    </message>
    <message>
        <source>Highest price</source>
        <translation>Наибольшая цена</translation>
    </message>
    <message>
        <source>Available now only</source>
        <translation>Только в наличии</translation>
    </message>
    <message>
        <source>A&amp;vailable</source>
        <translation>&amp;В наличии</translation>
    </message>
    <message>
        <source>Only cakes on the showcase or made to order</source>
        <translation>Только торты на витрине или под заказ</translation>
    </message>
    <message>
        <source>Made to order only</source>
        <translation>Только под заказ</translation>
    </message>
    <message>
        <source>&amp;Made to order</source>
        <translation>&amp;Под заказ</translation>
    </message>
    <message>
        <source>Exclude allergens</source>
        <translation>Исключить аллергены</translation>
    </message>
    <message>
        <source>Without allergens</source>
        <translation>Без аллергенов</translation>
    </message>
    <message>
        <source>Hide cakes that contain the checked allergens</source>
        <translation>Скрыть торты с отмеченными аллергенами</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>Ко&amp;личество:</translation>
    </message>
    <message>
        <source>Quantity to add</source>
        <translation>Сколько добавить</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>В корзину</translation>
    </message>
    <message>
        <source>&amp;Add to cart</source>
        <translation>В корзи&amp;ну</translation>
    </message>
    <message>
        <source>Put the selected cake in the cart (Enter or double-click on a row)</source>
        <translation>Положить выбранный торт в корзину (Enter или двойной щелчок по строке)</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Cart message</source>
        <translation>Сообщение корзины</translation>
    </message>
    <message>
        <source>Remove from cart</source>
        <translation>Убрать из корзины</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>Убрать выбранную строку (Delete)</translation>
    </message>
    <message>
        <source>Clear the cart</source>
        <translation>Очистить корзину</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>О&amp;чистить</translation>
    </message>
    <message>
        <source>Cart total</source>
        <translation>Сумма корзины</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Оформление заказа</translation>
    </message>
    <message>
        <source>Chec&amp;kout (F9)</source>
        <translation>Офо&amp;рмить (F9)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Заказы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>&amp;Касса</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Выйти из учётной записи</translation>
    </message>
    <message>
        <source>Log out and let somebody else log in (Ctrl+L)</source>
        <translation>Выйти и дать войти другому (Ctrl+L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find a cake</source>
        <translation>&amp;Найти торт</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Find an &amp;order</source>
        <translation>Найти &amp;заказ</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>Go to the &amp;cart</source>
        <translation>Перейти в &amp;корзину</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Reload the catalogue, the cart and the orders (F5)</source>
        <translation>Заново загрузить каталог, корзину и заказы (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>C&amp;heckout</source>
        <translation>Офо&amp;рмить заказ</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Cakeshop</source>
        <translation>&amp;О программе Cakeshop</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Выдача</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>No orders match.</source>
        <translation>Нет подходящих заказов.</translation>
    </message>
    <message>
        <source>Order {0}: {1}.</source>
        <translation>Заказ {0} теперь: {1}.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Search by order number</source>
        <translation>Поиск по номеру заказа</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Search by phone</source>
        <translation>Поиск по телефону</translation>
    </message>
    <message>
        <source>Order status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Создан с</translation>
    </message>
    <message>
        <source>Filter by creation date</source>
        <translation>Фильтр по дате создания</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Создан по</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Reload the orders from the database</source>
        <translation>Заново загрузить заказы из базы данных</translation>
    </message>
    <message>
        <source>Refresh orders</source>
        <translation>Обновить заказы</translation>
    </message>
    <message>
        <source>Orders message</source>
        <translation>Сообщение о заказах</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Подробнее…</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>Подробности заказа</translation>
    </message>
    <message>
        <source>Confir&amp;m</source>
        <translation>Подтвер&amp;дить</translation>
    </message>
    <message>
        <source>Confirm a new order: its made-to-order cakes go to the bakery</source>
        <translation>Подтвердить новый заказ: его торты под заказ уходят в производство</translation>
    </message>
    <message>
        <source>Confirm order</source>
        <translation>Подтвердить заказ</translation>
    </message>
    <message>
        <source>Ha&amp;nd out…</source>
        <translation>&amp;Выдать…</translation>
    </message>
    <message>
        <source>Give a ready order to the customer and collect the balance</source>
        <translation>Отдать готовый заказ покупателю и получить остаток</translation>
    </message>
    <message>
        <source>Hand out order</source>
        <translation>Выдать заказ</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Отменить заказ…</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Отменить заказ</translation>
    </message>
    <message>
        <source>Print &amp;receipt…</source>
        <translation>Печать &amp;чека…</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Печать чека</translation>
    </message>
    <message>
        <source>Print &amp;ticket…</source>
        <translation>Печать &amp;бланка…</translation>
    </message>
    <message>
        <source>Print order ticket</source>
        <translation>Печать бланка заказа</translation>
    </message>
</context>
<context>
    <name>OrdersToConfirm</name>
    <message>
        <source>Orders to confirm</source>
        <translation>Заказы к подтверждению</translation>
    </message>
    <message>
        <source>&amp;Sound for new orders to confirm</source>
        <translation>З&amp;вук при новых заказах к подтверждению</translation>
    </message>
    <message numerus="yes">
        <source>To confirm: %n</source>
        <translation>
            <numerusform>К подтверждению: %n</numerusform>
            <numerusform>К подтверждению: %n</numerusform>
            <numerusform>К подтверждению: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — {1}, pickup {2}</source>
        <translation>{0} — {1}, выдача {2}</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>в любое время</translation>
    </message>
    <message>
        <source>Click to see the list:</source>
        <translation>Нажмите, чтобы открыть список:</translation>
    </message>
    <message>
        <source>No orders to confirm</source>
        <translation>Нет заказов к подтверждению</translation>
    </message>
</context>
<context>
    <name>PrintingSettingsPage</name>
    <message>
        <source>Where this computer prints receipts and order tickets. Each till keeps its own printer; without one, Print opens the print preview.</source>
        <translation>Где этот компьютер печатает чеки и бланки заказов. У каждой кассы свой принтер; без него «Печать» открывает предпросмотр.</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>None: the print preview each time</source>
        <translation>Нет: каждый раз предпросмотр печати</translation>
    </message>
    <message>
        <source>A printer of this computer</source>
        <translation>Принтер этого компьютера</translation>
    </message>
    <message>
        <source>PDF files in a folder</source>
        <translation>PDF-файлы в папке</translation>
    </message>
    <message>
        <source>Thermal printer on the network</source>
        <translation>Сетевой термопринтер</translation>
    </message>
    <message>
        <source>Thermal printer on a device or file</source>
        <translation>Термопринтер на устройстве или в файле</translation>
    </message>
    <message>
        <source>Thermal printer on a serial port</source>
        <translation>Термопринтер на COM-порту</translation>
    </message>
    <message>
        <source>Thermal printer on USB</source>
        <translation>Термопринтер по USB</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Принтер:</translation>
    </message>
    <message>
        <source>System printer</source>
        <translation>Системный принтер</translation>
    </message>
    <message>
        <source>The default printer</source>
        <translation>Принтер по умолчанию</translation>
    </message>
    <message>
        <source>S&amp;ystem printer:</source>
        <translation>&amp;Системный принтер:</translation>
    </message>
    <message>
        <source>PDF folder</source>
        <translation>Папка для PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>PDF &amp;folder:</source>
        <translation>Папка для &amp;PDF:</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Адрес принтера</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Printer port</source>
        <translation>Порт принтера</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>Device or file</source>
        <translation>Устройство или файл</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Устройство:</translation>
    </message>
    <message>
        <source>Serial speed</source>
        <translation>Скорость порта</translation>
    </message>
    <message>
        <source>Serial &amp;speed:</source>
        <translation>С&amp;корость порта:</translation>
    </message>
    <message>
        <source>USB vendor and product ids</source>
        <translation>Коды производителя и устройства USB</translation>
    </message>
    <message>
        <source>&amp;USB ids:</source>
        <translation>Коды &amp;USB:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>Till roll 80 mm</source>
        <translation>Чековая лента 80 мм</translation>
    </message>
    <message>
        <source>Till roll 58 mm</source>
        <translation>Чековая лента 58 мм</translation>
    </message>
    <message>
        <source>A4 page (an invoice)</source>
        <translation>Лист A4 (счёт)</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>Б&amp;умага:</translation>
    </message>
    <message>
        <source>Open the cash &amp;drawer on cash payments</source>
        <translation>Открывать денежный &amp;ящик при оплате наличными</translation>
    </message>
    <message>
        <source>Open the cash drawer on cash payments</source>
        <translation>Открывать денежный ящик при оплате наличными</translation>
    </message>
    <message>
        <source>Printer URL</source>
        <translation>Адрес (URL) принтера</translation>
    </message>
    <message>
        <source>U&amp;RL:</source>
        <translation>U&amp;RL:</translation>
    </message>
    <message>
        <source>Print a &amp;test page</source>
        <translation>Печатать &amp;пробную страницу</translation>
    </message>
    <message>
        <source>&amp;Save printer</source>
        <translation>&amp;Сохранить принтер</translation>
    </message>
    <message>
        <source>A thermal printer prints on a till roll: choose 58 or 80 mm</source>
        <translation>Термопринтер печатает на чековой ленте: выберите 58 или 80 мм</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Папка для PDF-файлов</translation>
    </message>
    <message>
        <source>The settings could not be saved: {0}</source>
        <translation>Не удалось сохранить настройки: {0}</translation>
    </message>
    <message>
        <source>Saved: receipts print on {0}.</source>
        <translation>Сохранено: чеки печатаются на {0}.</translation>
    </message>
    <message>
        <source>Saved: receipts open in the print preview.</source>
        <translation>Сохранено: чеки открываются в предпросмотре печати.</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>Печать пробной страницы…</translation>
    </message>
    <message>
        <source>Printer test</source>
        <translation>Проверка принтера</translation>
    </message>
    <message>
        <source>The test page went to {0}.</source>
        <translation>Пробная страница отправлена на {0}.</translation>
    </message>
</context>
<context>
    <name>ProductionAdminPanel</name>
    <message numerus="yes">
        <source>Every day not planned separately now takes %n cake(s)</source>
        <translation>
            <numerusform>Каждый день без отдельного плана теперь вмещает %n торт</numerusform>
            <numerusform>Каждый день без отдельного плана теперь вмещает %n торта</numerusform>
            <numerusform>Каждый день без отдельного плана теперь вмещает %n тортов</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1} cakes, {2} booked</source>
        <translation>{0}: тортов {1}, занято {2}</translation>
    </message>
    <message>
        <source>Choose a cake</source>
        <translation>Выберите торт</translation>
    </message>
    <message>
        <source>Select a queued showcase batch on the board first</source>
        <translation>Сначала выберите на доске партию для витрины в очереди</translation>
    </message>
    <message>
        <source>Batch planned: «{0}» × {1}</source>
        <translation>Партия запланирована: «{0}» × {1}</translation>
    </message>
    <message>
        <source>Batch cancelled: «{0}»</source>
        <translation>Партия отменена: «{0}»</translation>
    </message>
</context>
<context>
    <name>ProductionBoard</name>
    <message>
        <source>Production board</source>
        <translation>Доска производства</translation>
    </message>
    <message>
        <source>{0} column</source>
        <translation>Столбец «{0}»</translation>
    </message>
</context>
<context>
    <name>ProductionModels</name>
    <message>
        <source>Cake</source>
        <translation>Торт</translation>
    </message>
    <message>
        <source>To start</source>
        <translation>К началу</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ингредиент</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Нужно</translation>
    </message>
    <message>
        <source>Earlier tasks</source>
        <translation>Более ранние задания</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Не хватает</translation>
    </message>
    <message>
        <source>To buy</source>
        <translation>Купить</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Минимальный запас</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>task {0}</source>
        <translation>задание {0}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Мощность</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Занято</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Свободно</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Recipe cost</source>
        <translation>Себестоимость</translation>
    </message>
    <message>
        <source>no recipe</source>
        <translation>нет рецепта</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Наценка</translation>
    </message>
    <message>
        <source>Margin, %</source>
        <translation>Наценка, %</translation>
    </message>
</context>
<context>
    <name>ProductionWindow</name>
    <message>
        <source>Cakeshop — production</source>
        <translation>Cakeshop — производство</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Производство</translation>
    </message>
    <message>
        <source>Low stock alert</source>
        <translation>Мало на складе</translation>
    </message>
    <message>
        <source>Production sections</source>
        <translation>Разделы производства</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Доска</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Предыдущий день</translation>
    </message>
    <message>
        <source>Previous day (Ctrl+PgUp)</source>
        <translation>Предыдущий день (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>First day on the board</source>
        <translation>Первый день на доске</translation>
    </message>
    <message>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Следующий день</translation>
    </message>
    <message>
        <source>Next day (Ctrl+PgDown)</source>
        <translation>Следующий день (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Показать сегодня</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Дней:</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Сколько дней показать</translation>
    </message>
    <message>
        <source>Next step ▶</source>
        <translation>Дальше ▶</translation>
    </message>
    <message>
        <source>Move the card one column on</source>
        <translation>Передвинуть карточку на столбец вперёд</translation>
    </message>
    <message>
        <source>Move the selected card one column on (Space or Enter)</source>
        <translation>Передвинуть выбранную карточку на столбец вперёд (пробел или Enter)</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>Move the card one column back</source>
        <translation>Вернуть карточку на столбец назад</translation>
    </message>
    <message>
        <source>Move the selected card one column back (Backspace)</source>
        <translation>Вернуть выбранную карточку на столбец назад (Backspace)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Refresh the board</source>
        <translation>Обновить доску</translation>
    </message>
    <message>
        <source>Reload the board now (F5); it also follows other terminals by itself</source>
        <translation>Обновить доску сейчас (F5); изменения с других касс она подхватывает и сама</translation>
    </message>
    <message>
        <source>Board messages</source>
        <translation>Сообщения доски</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Планирование</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Планирование</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <source>Day to plan</source>
        <translation>День для плана</translation>
    </message>
    <message>
        <source>Plan today</source>
        <translation>План на сегодня</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <source>Plan tomorrow</source>
        <translation>План на завтра</translation>
    </message>
    <message>
        <source>Shopping list CSV…</source>
        <translation>Список закупок CSV…</translation>
    </message>
    <message>
        <source>Export the shopping list as CSV</source>
        <translation>Экспортировать список закупок в CSV</translation>
    </message>
    <message>
        <source>Shopping list PDF…</source>
        <translation>Список закупок PDF…</translation>
    </message>
    <message>
        <source>Export the shopping list as PDF</source>
        <translation>Экспортировать список закупок в PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print the shopping list</source>
        <translation>Напечатать список закупок</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Итог плана</translation>
    </message>
    <message>
        <source>What to make</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>Cakes to make</source>
        <translation>Торты к изготовлению</translation>
    </message>
    <message>
        <source>Ingredients: needed against stock</source>
        <translation>Ингредиенты: нужно и есть на складе</translation>
    </message>
    <message>
        <source>Ingredients needed and shortages</source>
        <translation>Нужные ингредиенты и нехватка</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Условные обозначения</translation>
    </message>
    <message>
        <source>&amp;Ingredients</source>
        <translation>&amp;Ингредиенты</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Ингредиенты</translation>
    </message>
    <message>
        <source>Record a stock change</source>
        <translation>Записать движение по складу</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Kind of stock change</source>
        <translation>Вид движения по складу</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Количество:</translation>
    </message>
    <message>
        <source>e.g. 1500</source>
        <translation>например 1500</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>supplier, invoice, why it was thrown away…</source>
        <translation>поставщик, накладная, почему списано…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Record the stock change</source>
        <translation>Записать движение по складу</translation>
    </message>
    <message>
        <source>Reorder level and cost</source>
        <translation>Минимальный запас и стоимость</translation>
    </message>
    <message>
        <source>Reorder &amp;level:</source>
        <translation>&amp;Минимальный запас:</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Минимальный запас</translation>
    </message>
    <message>
        <source>&amp;Cost per unit, ₽:</source>
        <translation>&amp;Цена за единицу, ₽:</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save reorder level and cost</source>
        <translation>Сохранить минимальный запас и стоимость</translation>
    </message>
    <message>
        <source>Ingredient messages</source>
        <translation>Сообщения по ингредиентам</translation>
    </message>
    <message>
        <source>Ledger of the selected ingredient (newest first):</source>
        <translation>Движения выбранного ингредиента (сначала новые):</translation>
    </message>
    <message>
        <source>Stock ledger</source>
        <translation>Движения по складу</translation>
    </message>
    <message>
        <source>&amp;Capacity and costs</source>
        <translation>&amp;Мощность и стоимость</translation>
    </message>
    <message>
        <source>Capacity, batches and costs</source>
        <translation>Мощность, партии и стоимость</translation>
    </message>
    <message>
        <source>Production capacity (made-to-order cakes a day)</source>
        <translation>Мощность производства (тортов под заказ в день)</translation>
    </message>
    <message>
        <source>&amp;Every day:</source>
        <translation>&amp;Каждый день:</translation>
    </message>
    <message>
        <source>Default daily capacity</source>
        <translation>Обычная дневная мощность</translation>
    </message>
    <message>
        <source>Save for every day</source>
        <translation>Сохранить для всех дней</translation>
    </message>
    <message>
        <source>Save the default daily capacity</source>
        <translation>Сохранить обычную дневную мощность</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>Day whose capacity to set</source>
        <translation>День, для которого задать мощность</translation>
    </message>
    <message>
        <source>C&amp;apacity:</source>
        <translation>&amp;Мощность:</translation>
    </message>
    <message>
        <source>Capacity of the day</source>
        <translation>Мощность на день</translation>
    </message>
    <message>
        <source>Set for the day</source>
        <translation>Задать на день</translation>
    </message>
    <message>
        <source>Set the capacity of the day</source>
        <translation>Задать мощность на день</translation>
    </message>
    <message>
        <source>Capacity of the next days</source>
        <translation>Мощность на ближайшие дни</translation>
    </message>
    <message>
        <source>Showcase batch</source>
        <translation>Партия для витрины</translation>
    </message>
    <message>
        <source>C&amp;ake:</source>
        <translation>&amp;Торт:</translation>
    </message>
    <message>
        <source>Cake of the batch</source>
        <translation>Торт партии</translation>
    </message>
    <message>
        <source>Quantity of the batch</source>
        <translation>Количество в партии</translation>
    </message>
    <message>
        <source>&amp;Ready by:</source>
        <translation>&amp;Готово к:</translation>
    </message>
    <message>
        <source>Batch ready by</source>
        <translation>Партия готова к</translation>
    </message>
    <message>
        <source>Plan batch</source>
        <translation>Запланировать партию</translation>
    </message>
    <message>
        <source>Plan the showcase batch</source>
        <translation>Запланировать партию для витрины</translation>
    </message>
    <message>
        <source>Cancel the selected batch</source>
        <translation>Отменить выбранную партию</translation>
    </message>
    <message>
        <source>Cancel the batch selected on the board</source>
        <translation>Отменить партию, выбранную на доске</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Recipe cost and margin</source>
        <translation>Себестоимость рецепта и наценка</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Reload everything shown (F5)</source>
        <translation>Заново загрузить всё показанное (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Выйти из учётной записи</translation>
    </message>
    <message>
        <source>Log out and let somebody else log in (Ctrl+L)</source>
        <translation>Выйти и дать войти другому (Ctrl+L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Дальше</translation>
    </message>
    <message>
        <source>Move the selected card one column on (Space on the board)</source>
        <translation>Передвинуть выбранную карточку на столбец вперёд (пробел на доске)</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Move the selected card one column back (Backspace on the board)</source>
        <translation>Вернуть выбранную карточку на столбец назад (Backspace на доске)</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>&amp;Предыдущий день</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Ne&amp;xt day</source>
        <translation>С&amp;ледующий день</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Cakeshop</source>
        <translation>&amp;О программе Cakeshop</translation>
    </message>
    <message>
        <source>Cakeshop — production — {0} ({1})</source>
        <translation>Cakeshop — производство — {0} ({1})</translation>
    </message>
    <message>
        <source>Red: not enough for the day. Yellow: buy to get back to the reorder level. “Earlier tasks” are unstarted cakes due before this day: they take stock first.</source>
        <translation>Красный: на день не хватает. Жёлтый: докупить до минимального запаса. «Более ранние задания» — ещё не начатые торты со сроком раньше этого дня: они берут со склада первыми.</translation>
    </message>
    <message>
        <source>&amp;Print the shopping list…</source>
        <translation>&amp;Напечатать список покупок…</translation>
    </message>
    <message>
        <source>Short: {0}.</source>
        <translation>Не хватает: {0}.</translation>
    </message>
    <message>
        <source>Enough of every ingredient.</source>
        <translation>Всех ингредиентов хватает.</translation>
    </message>
    <message>
        <source>No recipe, so not counted: {0}.</source>
        <translation>Без рецепта, поэтому не учтены: {0}.</translation>
    </message>
    <message>
        <source>Low stock, under the reorder level: {0}</source>
        <translation>Мало на складе, ниже минимального запаса: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n cake(s) to start, {0} booked of a capacity of {1}.</source>
        <translation>
            <numerusform>%n торт к запуску, заказано {0} при мощности {1}.</numerusform>
            <numerusform>%n торта к запуску, заказано {0} при мощности {1}.</numerusform>
            <numerusform>%n тортов к запуску, заказано {0} при мощности {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>queued</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>«{0}» × {1}: {2}</source>
        <translation>«{0}» × {1}: {2}</translation>
    </message>
    <message>
        <source>order {0}: {1}</source>
        <translation>заказ {0} теперь: {1}</translation>
    </message>
    <message>
        <source>(see the Ingredients tab)</source>
        <translation>(см. вкладку «Ингредиенты»)</translation>
    </message>
    <message>
        <source>Export the shopping list</source>
        <translation>Экспортировать список закупок</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>QuantityDelegate</name>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>The receipt of order {0}</source>
        <translation>Чек заказа {0}</translation>
    </message>
    <message>
        <source>The ticket of order {0}</source>
        <translation>Бланк заказа {0}</translation>
    </message>
    <message>
        <source>{0} went to the printer {1}.</source>
        <translation>{0} отправлен на принтер {1}.</translation>
    </message>
    <message>
        <source>{0} is saved as {1}.</source>
        <translation>{0} сохранён в {1}.</translation>
    </message>
    <message>
        <source>(the default printer)</source>
        <translation>(принтер по умолчанию)</translation>
    </message>
</context>
<context>
    <name>RecipeDialog</name>
    <message>
        <source>Recipe of «{0}»</source>
        <translation>Рецепт «{0}»</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Рецепт</translation>
    </message>
    <message>
        <source>Recipe lines</source>
        <translation>Строки рецепта</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ингредиент</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>&amp;Add ingredient</source>
        <translation>&amp;Добавить ингредиент</translation>
    </message>
    <message>
        <source>Add an ingredient</source>
        <translation>Добавить ингредиент</translation>
    </message>
    <message>
        <source>&amp;Remove ingredient</source>
        <translation>&amp;Убрать ингредиент</translation>
    </message>
    <message>
        <source>Remove the ingredient</source>
        <translation>Убрать ингредиент</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Line {0}: the quantity is not a number</source>
        <translation>Строка {0}: количество — не число</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund for order {0}</source>
        <translation>Возврат денег по заказу {0}</translation>
    </message>
    <message>
        <source>Return from order {0}</source>
        <translation>Возврат по заказу {0}</translation>
    </message>
    <message>
        <source>Back on the &amp;showcase</source>
        <translation>Обратно на &amp;витрину</translation>
    </message>
    <message>
        <source>Into &amp;waste</source>
        <translation>В &amp;списание</translation>
    </message>
    <message>
        <source>Cake:</source>
        <translation>Торт:</translation>
    </message>
    <message>
        <source>Cakes brought back</source>
        <translation>Принесено назад</translation>
    </message>
    <message>
        <source>&amp;Cakes brought back:</source>
        <translation>Принесено &amp;назад:</translation>
    </message>
    <message>
        <source>The cakes go:</source>
        <translation>Торты идут:</translation>
    </message>
    <message>
        <source>Why the cakes came back</source>
        <translation>Почему торты вернули</translation>
    </message>
    <message>
        <source>e.g. damaged on the way home</source>
        <translation>например, помят по дороге домой</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Причина (обязательно):</translation>
    </message>
    <message>
        <source>Paid and not yet given back:</source>
        <translation>Оплачено и ещё не возвращено:</translation>
    </message>
    <message>
        <source>Give back:</source>
        <translation>Вернуть:</translation>
    </message>
    <message>
        <source>Amount given back</source>
        <translation>Сумма возврата</translation>
    </message>
    <message>
        <source>&amp;Amount given back:</source>
        <translation>Су&amp;мма возврата:</translation>
    </message>
    <message>
        <source>How the money is given back</source>
        <translation>Как вернуть деньги</translation>
    </message>
    <message>
        <source>&amp;Given back in:</source>
        <translation>Вернуть &amp;через:</translation>
    </message>
    <message>
        <source>Give back and cancel</source>
        <translation>Вернуть и отменить</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Принять возврат</translation>
    </message>
    <message>
        <source>Everything: {0}</source>
        <translation>Всё: {0}</translation>
    </message>
    <message>
        <source>Keep the deposit of {0}</source>
        <translation>Оставить предоплату {0}</translation>
    </message>
    <message>
        <source>The shop keeps at most the deposit: at least {0} goes back.</source>
        <translation>Магазин оставляет себе не больше предоплаты: вернуть нужно не меньше {0}.</translation>
    </message>
    <message>
        <source>Say why the cakes came back.</source>
        <translation>Укажите, почему торты вернули.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Cakeshop — create an account</source>
        <translation>Cakeshop — создание учётной записи</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Создать учётную запись</translation>
    </message>
    <message>
        <source>Order cakes and follow your orders. Your phone is how the shop reaches you when the order is ready.</source>
        <translation>Заказывайте торты и следите за заказами. По телефону магазин сообщит, что заказ готов.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>e.g. 8 900 123-45-67</source>
        <translation>например, 8 900 123-45-67</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>empty: log in with your phone number</source>
        <translation>пусто: вход по номеру телефона</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>at least 6 characters</source>
        <translation>не меньше 6 символов</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>П&amp;овтор:</translation>
    </message>
    <message>
        <source>Registration error</source>
        <translation>Ошибка регистрации</translation>
    </message>
    <message>
        <source>&amp;Create the account</source>
        <translation>&amp;Создать учётную запись</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Создать учётную запись</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>You log in as {0}.</source>
        <translation>Вы входите как {0}.</translation>
    </message>
    <message>
        <source>You log in with your phone number: {0}.</source>
        <translation>Вы входите по номеру телефона: {0}.</translation>
    </message>
    <message>
        <source>Leave the login empty to log in with your phone number.</source>
        <translation>Оставьте логин пустым, чтобы входить по номеру телефона.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice</source>
        <translation>Пароли не совпадают: введите один и тот же дважды</translation>
    </message>
</context>
<context>
    <name>ReportModels</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Cake</source>
        <translation>Торт</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
</context>
<context>
    <name>ReportSource</name>
    <message>
        <source>Read from the reports replica (how far behind it is cannot be seen)</source>
        <translation>Прочитано с реплики для отчётов (её отставание узнать нельзя)</translation>
    </message>
    <message>
        <source>Read from the reports replica, {0} s behind the shop server</source>
        <translation>Прочитано с реплики для отчётов, отстаёт от сервера магазина на {0} с</translation>
    </message>
    <message>
        <source>The reports replica does not answer: read from the shop server</source>
        <translation>Реплика для отчётов не отвечает: прочитано с сервера магазина</translation>
    </message>
    <message>
        <source>The reports replica is not replicating: read from the shop server</source>
        <translation>Реплика для отчётов не получает изменений: прочитано с сервера магазина</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>customer</source>
        <translation>покупатель</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>кассир</translation>
    </message>
    <message>
        <source>baker</source>
        <translation>пекарь</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
</context>
<context>
    <name>SettingsDatabasePage</name>
    <message>
        <source>The shop server&apos;s name or address. Several servers of one cluster, separated by commas (db1, db2:3307, db3), are tried in this order.</source>
        <translation>Имя или адрес сервера магазина. Несколько серверов одного кластера через запятую (db1, db2:3307, db3) пробуются по порядку.</translation>
    </message>
    <message>
        <source>Now: the local database on this computer ({0}). Orders stay on this computer; connect to the shop server to share them with the other counters.</source>
        <translation>Сейчас: локальная база данных на этом компьютере ({0}). Заказы остаются на этом компьютере; подключитесь к серверу магазина, чтобы видеть их на других кассах.</translation>
    </message>
    <message>
        <source>Now: the shop server {0}.</source>
        <translation>Сейчас: сервер магазина {0}.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Введите имя или адрес сервера.</translation>
    </message>
    <message>
        <source>Enter the name of the shop&apos;s database on the server.</source>
        <translation>Введите имя базы данных магазина на сервере.</translation>
    </message>
    <message>
        <source>Enter the database user.</source>
        <translation>Введите пользователя базы данных.</translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation>Подключение к {0}…</translation>
    </message>
    <message>
        <source>Connected. The database has no administrator yet.</source>
        <translation>Подключено. В базе данных ещё нет администратора.</translation>
    </message>
    <message>
        <source>Cannot save the settings: {0}</source>
        <translation>Не удалось сохранить настройки: {0}</translation>
    </message>
    <message>
        <source>Saved. Note: the environment variable {0} names another database and wins over these settings when the app starts.</source>
        <translation>Сохранено. Обратите внимание: переменная окружения {0} указывает другую базу данных и при запуске программы важнее этих настроек.</translation>
    </message>
    <message>
        <source>Work with the local database on this computer again? The shop server&apos;s settings are forgotten; its data stays on the server.</source>
        <translation>Снова работать с локальной базой данных на этом компьютере? Настройки сервера магазина будут забыты; его данные останутся на сервере.</translation>
    </message>
    <message>
        <source>Connected. The database is empty: connecting creates the shop&apos;s tables.</source>
        <translation>Подключено. База данных пуста: при подключении будут созданы таблицы магазина.</translation>
    </message>
    <message>
        <source>Connected. The database is from an older version: connecting upgrades it.</source>
        <translation>Подключено. База данных от более старой версии: при подключении она будет обновлена.</translation>
    </message>
    <message>
        <source>Connected. The database is ready but has no administrator yet.</source>
        <translation>Подключено. База данных готова, но администратора в ней ещё нет.</translation>
    </message>
    <message>
        <source>Connected. The database is ready.</source>
        <translation>Подключено. База данных готова.</translation>
    </message>
    <message>
        <source>Cannot reach the server {0}:{1}. Check the address and the port, and that the server is running.</source>
        <translation>Не удаётся связаться с сервером {0}:{1}. Проверьте адрес и порт и что сервер запущен.</translation>
    </message>
    <message>
        <source>The server refused the user «{0}»: wrong user name or password.</source>
        <translation>Сервер отказал пользователю «{0}»: неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The server has no database «{0}». Create it on the server first, or check the name.</source>
        <translation>На сервере нет базы данных «{0}». Сначала создайте её на сервере или проверьте имя.</translation>
    </message>
    <message>
        <source>The user «{0}» may not open the database «{1}».</source>
        <translation>Пользователю «{0}» нельзя открывать базу данных «{1}».</translation>
    </message>
    <message>
        <source>The database was set up by a newer version of Cakeshop: update this app first.</source>
        <translation>База данных создана более новой версией Cakeshop: сначала обновите эту программу.</translation>
    </message>
    <message>
        <source>The user «{0}» may not create or upgrade the shop&apos;s tables, and this database needs it. The shop&apos;s owner must do it once, with an account that may: {1}</source>
        <translation>Пользователю «{0}» нельзя создавать и обновлять таблицы магазина, а этой базе это нужно. Владелец магазина должен сделать это один раз под учётной записью, которой можно: {1}</translation>
    </message>
    <message>
        <source>Binary logging is on at the server, so it lets «{0}» create the shop&apos;s triggers only with the SUPER privilege. Ask the server&apos;s administrator for one of: {1} or {2} Then connect again. Nothing was changed.</source>
        <translation>На сервере включён двоичный журнал (binary log), поэтому он разрешает «{0}» создавать триггеры магазина только с привилегией SUPER. Попросите администратора сервера выполнить одно из: {1} или {2} Затем подключитесь снова. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The settings are not valid: {0}</source>
        <translation>Неверные настройки: {0}</translation>
    </message>
    <message>
        <source>The connection failed: {0}</source>
        <translation>Не удалось подключиться: {0}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Используемая база данных</translation>
    </message>
    <message>
        <source>Shop server (MySQL or MariaDB)</source>
        <translation>Сервер магазина (MySQL или MariaDB)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>name or address, e.g. 192.168.1.10</source>
        <translation>имя или адрес, например 192.168.1.10</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Имя базы данных</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Пользователь базы данных</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Пароль базы данных</translation>
    </message>
    <message>
        <source>Reports &amp;replica:</source>
        <translation>&amp;Реплика для отчётов:</translation>
    </message>
    <message>
        <source>Reporting replica</source>
        <translation>Реплика для отчётов</translation>
    </message>
    <message>
        <source>optional: host[:port] of a replica for the reports</source>
        <translation>необязательно: сервер[:порт] реплики для отчётов</translation>
    </message>
    <message>
        <source>A MariaDB replica of this server. Analytics and the Z report read from it (same user and database) and show how far behind it is; when it does not answer they read from the shop server.</source>
        <translation>Реплика MariaDB этого сервера. Аналитика и Z-отчёт читают с неё (тот же пользователь и база) и показывают, насколько она отстаёт; если она не отвечает, они читают с сервера магазина.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Результат проверки подключения</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Save and &amp;connect</source>
        <translation>Сохранить и под&amp;ключиться</translation>
    </message>
    <message>
        <source>Without a server the app keeps its data in a file on this computer.</source>
        <translation>Без сервера программа хранит данные в файле на этом компьютере.</translation>
    </message>
    <message>
        <source>Use the &amp;local database</source>
        <translation>&amp;Локальная база данных</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>S&amp;hop</source>
        <translation>&amp;Магазин</translation>
    </message>
    <message>
        <source>P&amp;olicy</source>
        <translation>&amp;Правила</translation>
    </message>
    <message>
        <source>Ter&amp;minal</source>
        <translation>&amp;Рабочее место</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>The database, the shop&apos;s details, printing and backups are changed by an administrator.</source>
        <translation>Базу данных, реквизиты магазина, печать и резервные копии меняет администратор.</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>Как в системе ({0})</translation>
    </message>
    <message>
        <source>Cakeshop — settings</source>
        <translation>Cakeshop — настройки</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;База данных</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The app speaks the chosen language from its next start; money and dates follow it.</source>
        <translation>Программа заговорит на выбранном языке при следующем запуске; деньги и даты следуют за ним.</translation>
    </message>
</context>
<context>
    <name>SettingsPolicyPage</name>
    <message>
        <source>Minimum deposit</source>
        <translation>Минимальная предоплата</translation>
    </message>
    <message>
        <source>0 % takes phone orders unpaid: the whole total is then due at pickup, as every order list, the order and the hand-out show.</source>
        <translation>При 0 % заказы по телефону принимаются без оплаты: вся сумма тогда к оплате при получении — это видно в списках заказов, в заказе и при выдаче.</translation>
    </message>
    <message>
        <source>Cashiers may cancel &amp;paid orders and take returns</source>
        <translation>Кассиры могут отменять &amp;оплаченные заказы и принимать возвраты</translation>
    </message>
    <message>
        <source>A cancelled order&apos;s &amp;deposit may be kept instead of given back</source>
        <translation>Предоплату отменённого заказа можно &amp;не возвращать</translation>
    </message>
    <message>
        <source>Customers may cancel their own orders while they are &amp;new</source>
        <translation>Покупатели могут отменять свои заказы, пока они &amp;новые</translation>
    </message>
    <message>
        <source>Customers may create their own &amp;account at the login screen</source>
        <translation>Покупатели могут сами &amp;зарегистрироваться на экране входа</translation>
    </message>
    <message>
        <source>Otherwise only an administrator gives money back.</source>
        <translation>Иначе деньги возвращает только администратор.</translation>
    </message>
    <message>
        <source>&amp;Minimum deposit:</source>
        <translation>&amp;Минимальная предоплата:</translation>
    </message>
    <message>
        <source>&amp;Save the policy</source>
        <translation>&amp;Сохранить правила</translation>
    </message>
    <message>
        <source>Saved: every till follows the new policy at once.</source>
        <translation>Сохранено: все кассы сразу работают по новым правилам.</translation>
    </message>
</context>
<context>
    <name>SettingsShopPage</name>
    <message>
        <source>Printed on receipts, order tickets and reports.</source>
        <translation>Печатается на чеках, талонах заказа и в отчётах.</translation>
    </message>
    <message>
        <source>&amp;Save the shop&apos;s details</source>
        <translation>&amp;Сохранить реквизиты</translation>
    </message>
    <message>
        <source>Discount limits</source>
        <translation>Пределы скидок</translation>
    </message>
    <message>
        <source>A &amp;cashier up to:</source>
        <translation>&amp;Кассир — до:</translation>
    </message>
    <message>
        <source>An a&amp;dministrator up to:</source>
        <translation>А&amp;дминистратор — до:</translation>
    </message>
    <message>
        <source>of the order&apos;s sum, whether the discount is typed in percent or in roubles.</source>
        <translation>от суммы заказа, указана ли скидка в процентах или в рублях.</translation>
    </message>
    <message>
        <source>Save the discount &amp;limits</source>
        <translation>Сохранить &amp;пределы скидок</translation>
    </message>
    <message>
        <source>Saved: the next checkout keeps to these limits.</source>
        <translation>Сохранено: следующие заказы оформляются с этими пределами.</translation>
    </message>
    <message>
        <source>Saved: the next receipt shows these details.</source>
        <translation>Сохранено: следующий чек покажет эти реквизиты.</translation>
    </message>
</context>
<context>
    <name>SettingsTerminalPage</name>
    <message>
        <source>&amp;Self-service screen for customers on this computer</source>
        <translation>&amp;Экран самообслуживания для покупателей на этом компьютере</translation>
    </message>
    <message>
        <source>Full screen, without the File menu and the settings: a customer logs in, orders and is logged out after the minutes below without input (the cart is kept). Staff who log in here get their usual windows. Applies from the next start of the app.</source>
        <translation>Во весь экран, без меню «Файл» и настроек: покупатель входит, заказывает и выходит из системы через указанные ниже минуты без действий (корзина сохраняется). Сотрудники, вошедшие здесь, получают свои обычные окна. Действует со следующего запуска программы.</translation>
    </message>
    <message>
        <source>Minutes without input before logging out</source>
        <translation>Минут без действий до выхода из системы</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Log out &amp;after:</source>
        <translation>Выход &amp;через:</translation>
    </message>
    <message>
        <source>Sa&amp;ve for this terminal</source>
        <translation>Со&amp;хранить для этого рабочего места</translation>
    </message>
    <message>
        <source>Cannot save the settings: {0}</source>
        <translation>Не удалось сохранить настройки: {0}</translation>
    </message>
    <message>
        <source>Saved: applies from the next start of the app.</source>
        <translation>Сохранено: действует со следующего запуска программы.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Cakeshop</source>
        <translation>Cakeshop</translation>
    </message>
    <message>
        <source>The shop database cannot be opened:
{0}</source>
        <translation>Не удаётся открыть базу данных магазина:
{0}</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Use the &amp;local database</source>
        <translation>&amp;Локальная база данных</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>Отчёт за смену</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>Не удалось сохранить {0}: {1}</translation>
    </message>
    <message>
        <source>Cashier:</source>
        <translation>Кассир:</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Day of the shift</source>
        <translation>День смены</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Состояние отчёта</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>Where the figures were read</source>
        <translation>Откуда взяты цифры</translation>
    </message>
    <message>
        <source>Shift report text</source>
        <translation>Текст отчёта за смену</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Предварительный просмотр…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print the shift report</source>
        <translation>Напечатать отчёт за смену</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Save the shift report as PDF</source>
        <translation>Сохранить отчёт за смену в PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close the shift report</source>
        <translation>Закрыть отчёт за смену</translation>
    </message>
</context>
<context>
    <name>ShopDetailsForm</name>
    <message>
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <source>as on the receipt, e.g. Cake shop «Medovik»</source>
        <translation>как на чеке, например Кондитерская «Медовик»</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Shop phone</source>
        <translation>Телефон магазина</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Подпись на чеке</translation>
    </message>
    <message>
        <source>e.g. Thank you! Keep cream cakes cold.</source>
        <translation>например: Спасибо! Торты с кремом храните в холодильнике.</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Tax number:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <source>Receipt &amp;footer:</source>
        <translation>Подпись на &amp;чеке:</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Your shop</source>
        <translation>Ваш магазин</translation>
    </message>
    <message>
        <source>Printed on receipts, order tickets and reports; an administrator can change them later in Settings → Shop.</source>
        <translation>Печатается на чеках, талонах заказа и в отчётах; позже администратор изменит это в «Настройки → Магазин».</translation>
    </message>
</context>
<context>
    <name>ShopSetupWizard</name>
    <message>
        <source>Cakeshop — set up</source>
        <translation>Cakeshop — настройка</translation>
    </message>
    <message>
        <source>Set up the shop</source>
        <translation>Настройка магазина</translation>
    </message>
    <message>
        <source>The shop is set up on the server, but this computer cannot keep the server&apos;s settings: {0}</source>
        <translation>Магазин настроен на сервере, но этот компьютер не может сохранить настройки сервера: {0}</translation>
    </message>
    <message>
        <source>This server already holds a shop with its administrator. Use it on this computer and log in there?</source>
        <translation>На этом сервере уже есть магазин с администратором. Работать с ним на этом компьютере и войти там?</translation>
    </message>
</context>
<context>
    <name>ShoppingList</name>
    <message>
        <source>Shopping list for {0}</source>
        <translation>Список закупок на {0}</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ингредиент</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>To buy</source>
        <translation>Купить</translation>
    </message>
    <message>
        <source>Short for the day</source>
        <translation>Не хватает на день</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
</context>
<context>
    <name>SpinRefusals</name>
    <message>
        <source>Not taken: {0}. Type a number from {1} to {2} with at most {3} decimals</source>
        <translation>Не принято: {0}. Введите число от {1} до {2}, не больше {3} знаков после запятой</translation>
    </message>
    <message>
        <source>Not taken: {0}. Type a whole number from {1} to {2}</source>
        <translation>Не принято: {0}. Введите целое число от {1} до {2}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to Cakeshop</source>
        <translation>Добро пожаловать в Cakeshop</translation>
    </message>
    <message>
        <source>This database is new. How do you want to start?</source>
        <translation>База данных новая. С чего начнём?</translation>
    </message>
    <message>
        <source>&amp;Set up my shop</source>
        <translation>&amp;Настроить мой магазин</translation>
    </message>
    <message>
        <source>Open the &amp;demo shop</source>
        <translation>Открыть &amp;демо-магазин</translation>
    </message>
    <message>
        <source>Filling the demo shop: a few seconds…</source>
        <translation>Заполняем демо-магазин: несколько секунд…</translation>
    </message>
    <message>
        <source>Your shop&apos;s name and details, its first administrator, and where its data is kept. The shop starts empty: add your cakes and staff next.</source>
        <translation>Название и реквизиты магазина, его первый администратор и где хранятся данные. Магазин начинается пустым: затем добавьте торты и сотрудников.</translation>
    </message>
    <message>
        <source>A made-up cake shop with about 40 cakes, three months of orders and demo logins (admin / admin123, cashier / cashier123, …): for trying the app, not for real sales.</source>
        <translation>Выдуманная кондитерская: около 40 тортов, три месяца заказов и демо-логины (admin / admin123, cashier / cashier123, …) — чтобы попробовать программу, не для настоящих продаж.</translation>
    </message>
    <message>
        <source>&amp;Open the demo shop</source>
        <translation>&amp;Открыть демо-магазин</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>A new row, not saved yet</source>
        <translation>Новая строка, ещё не сохранена</translation>
    </message>
    <message>
        <source>Deleted when you save</source>
        <translation>Будет удалена при сохранении</translation>
    </message>
    <message>
        <source>refers to {0}</source>
        <translation>ссылается на {0}</translation>
    </message>
    <message>
        <source>at most {0} characters</source>
        <translation>не больше {0} символов</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>только чтение</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>one of: {0}</source>
        <translation>одно из: {0}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>дата и время</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>да или нет</translation>
    </message>
    <message>
        <source>a row of another table</source>
        <translation>строка другой таблицы</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>A value is required</source>
        <translation>Нужно значение</translation>
    </message>
    <message>
        <source>«{0}» is not one of: {1}</source>
        <translation>«{0}» — не одно из значений: {1}</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>Cakes</source>
        <translation>Торты</translation>
    </message>
    <message>
        <source>Cake pictures</source>
        <translation>Изображения тортов</translation>
    </message>
    <message>
        <source>Cart lines</source>
        <translation>Позиции корзин</translation>
    </message>
    <message>
        <source>Carts</source>
        <translation>Корзины</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Ингредиенты</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Позиции заказов</translation>
    </message>
    <message>
        <source>Order status history</source>
        <translation>История статусов заказов</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Production days</source>
        <translation>Дни производства</translation>
    </message>
    <message>
        <source>Production tasks</source>
        <translation>Производственные задания</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>Рецепты</translation>
    </message>
    <message>
        <source>Shop settings</source>
        <translation>Настройки магазина</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>Движение остатков</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Database schema version</source>
        <translation>Версия схемы базы данных</translation>
    </message>
    <message>
        <source>Report: days summarised</source>
        <translation>Отчёт: сведённые дни</translation>
    </message>
    <message>
        <source>Report: sales by hour</source>
        <translation>Отчёт: продажи по часам</translation>
    </message>
    <message>
        <source>Report: cakes by day</source>
        <translation>Отчёт: торты по дням</translation>
    </message>
    <message>
        <source>Report: categories by day</source>
        <translation>Отчёт: категории по дням</translation>
    </message>
    <message>
        <source>Report: cancellations by day</source>
        <translation>Отчёт: отмены по дням</translation>
    </message>
    <message>
        <source>Report: months summarised</source>
        <translation>Отчёт: сведённые месяцы</translation>
    </message>
    <message>
        <source>Report: sales by hour of a month</source>
        <translation>Отчёт: продажи по часам за месяц</translation>
    </message>
    <message>
        <source>Report: cakes by month</source>
        <translation>Отчёт: торты по месяцам</translation>
    </message>
    <message>
        <source>Report: categories by month</source>
        <translation>Отчёт: категории по месяцам</translation>
    </message>
    <message>
        <source>Report: cancellations by month</source>
        <translation>Отчёт: отмены по месяцам</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>TouchMode</name>
    <message>
        <source>&amp;Touch screen mode</source>
        <translation>Сенсорный &amp;экран</translation>
    </message>
    <message>
        <source>One fewer</source>
        <translation>На один меньше</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>На один больше</translation>
    </message>
    <message>
        <source>One fewer in the cart</source>
        <translation>В корзине на один меньше</translation>
    </message>
    <message>
        <source>One more in the cart</source>
        <translation>В корзине на один больше</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>g</source>
        <translation>г</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>мл</translation>
    </message>
    <message>
        <source>l</source>
        <translation>л</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>шт.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>Register a user</source>
        <translation>Зарегистрировать пользователя</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>3 to 64 Latin letters, digits, dots, dashes</source>
        <translation>От 3 до 64 латинских букв, цифр, точек, дефисов</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Начальный &amp;пароль:</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Начальный пароль</translation>
    </message>
    <message>
        <source>At least 6 characters</source>
        <translation>Не меньше 6 символов</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Те&amp;лефон:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>+7 900 123-45-67</source>
        <translation>+7 900 123-45-67</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>locked by an administrator</source>
        <translation>заблокирован администратором</translation>
    </message>
    <message>
        <source>locked until {0}</source>
        <translation>заблокирован до {0}</translation>
    </message>
    <message>
        <source>locked until {0}; wrong passwords: {1}</source>
        <translation>заблокирован до {0}; неверных паролей: {1}</translation>
    </message>
    <message>
        <source>active; wrong passwords: {0}</source>
        <translation>активен; неверных паролей: {0}</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Select a user first</source>
        <translation>Сначала выберите пользователя</translation>
    </message>
    <message>
        <source>{0} is registered</source>
        <translation>{0} зарегистрирован</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Role of {0}:</source>
        <translation>Роль пользователя {0}:</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>Сбросить пароль</translation>
    </message>
    <message>
        <source>New password of {0}:</source>
        <translation>Новый пароль пользователя {0}:</translation>
    </message>
    <message>
        <source>{0}: {1}, {2}</source>
        <translation>{0}: {1}, {2}</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Cakeshop — unexpected error</source>
        <translation>Cakeshop — непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {0}.

The app keeps running, but the last action may not have been finished. Please tell whoever looks after the shop&apos;s computers and give them the log:
{1}</source>
        <translation>Произошла непредвиденная ошибка: {0}.

Программа продолжает работать, но последнее действие могло не завершиться. Сообщите тому, кто обслуживает компьютеры магазина, и передайте ему журнал:
{1}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The database is unreachable: {0}
Your work is kept; try again.</source>
        <translation>База данных недоступна: {0}
Ваша работа сохранена; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Something went wrong: {0}. Nothing was saved; the details are in the log.</source>
        <translation>Что-то пошло не так: {0}. Ничего не сохранено; подробности в журнале.</translation>
    </message>
    <message>
        <source>Cakeshop</source>
        <translation>Cakeshop</translation>
    </message>
</context>
</TS>
