/**
 * GENERATED FILE: do not edit by hand.
 * Source: AutoShares Trading API spec (Swagger 2.0 "AutoShares Trading API" v1.0.0),
 * converted with swagger2openapi and generated with openapi-typescript.
 * Regenerate with `pnpm generate:api-types`.
 */
/* eslint-disable */
export interface paths {
    "/v{version}/accounts/{accountId}/ach-relationships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a specific ACH relationship
         * @description This endpoint enables you to retrieve information about a specific ACH relationship of some trading account.
         */
        get: operations["AchRelationships_GetAchRelationship"];
        /**
         * Update an ACH relationship
         * @description This endpoint enables you to update an existing ACH relationship of a specific trading account.
         */
        put: operations["AchRelationships_ModifyAchRelationship"];
        post?: never;
        /**
         * Remove an ACH relationship
         * @description This endpoint enables you to unlink a banking account from a specific trading account.
         */
        delete: operations["AchRelationships_CloseBankAchRelationship"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/ach-relationships/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the default (selected) ACH relationship
         * @description This endpoint enables you to get the default (selected) ACH relationship bound to an existing trading account.
         */
        get: operations["AchRelationships_GetDefaultAchRelationship"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/ach-relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an account's ACH relationships
         * @description This endpoint enables you to retrieve a list of all ACH relationships bound to a specific trading account.
         */
        get: operations["AchRelationships_GetAchRelationshipsPage"];
        put?: never;
        /**
         * Create a new ACH relationship
         * @description This endpoint enables you to create a new ACH relationship.
         */
        post: operations["AchRelationships_ModifyAchRelationship_2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/ach-relationships/plaid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create ACH relationships from a PLAID link
         * @description This endpoint enables you to create multiple accounts from a single PLAID link.
         */
        post: operations["AchRelationships_CreateAchRelationshipsWithPlaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/ach-relationships/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve an ACH relationship
         * @description This endpoint enables you to approve a new ACH relationship.
         */
        post: operations["AchRelationships_ApproveBankAchRelationship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/ach-relationships/{id}/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the default (selected) ACH relationship
         * @description This endpoint enables you to s et the default (selected) ACH relationship for an existing trading account.
         */
        post: operations["AchRelationships_SetDefaultAchRelationship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/users/{userId}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of unsigned agreements
         * @description Returns list of unsigned agreements for specific user.
         */
        get: operations["Agreements_GetUnsignedAgreements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/users/{userId}/agreements/{agreementId}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signs the platform agreement
         * @description Signs the platform agreement.
         */
        post: operations["Agreements_SignPlatformAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/history/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Get Comparison Data
         * @description This endpoint enables you to retrieve and compare historical chart data for a set of securities. This data includes price ranges, candles, and various other non-market data.
         */
        put: operations["HistoricalTradeData_GetChartCompareData"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/history/symbols": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Get Candles and Indicators
         * @description This endpoint enables you to retrieve candles and indicators for a particular security.
         */
        put: operations["HistoricalTradeData_GetChartBasicData"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/history/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get Chart Data in XLSX
         * @description This endpoint enables you to retrieve chart data in the Microsoft Excel (.xlsx) format.
         */
        post: operations["HistoricalTradeData_ExportToExcel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/ipo/industries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get industries
         * @description This endpoint enables you to retrieve a list of industries
         */
        get: operations["Ipo_GetIndustries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/ipo/security-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get securities info
         * @description This endpoint enables you to retrieve a list of securities
         */
        get: operations["Ipo_GetSecurityInfo_SwaggerAnonymous"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/ipo/accounts/{accountId}/offerings/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get active offerings
         * @description This endpoint enables you to retrieve active offering by the account
         */
        get: operations["Ipo_GetAccountOfferings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/ipo/accounts/{accountId}/offerings/{offeringReference}/subscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Subscribe the offering
         * @description This endpoint enables you to subscribe the offering
         */
        post: operations["Ipo_SubscribeOffering"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/ipo/accounts/{accountId}/offerings/{offeringReference}/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unsubscribe the offering
         * @description This endpoint enables you to unsubscribe the offering
         */
        post: operations["Ipo_UnsubscribeOffering"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{clearingNumber}/orders/mutual-funds/buy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Buy a mutual fund
         * @description This endpoint enables you to place an order to purhcase a mutual fund.
         */
        post: operations["MutualFunds_PlaceBuyMutualFund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{clearingNumber}/orders/mutual-funds/sell": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sell a mutual fund
         * @description This endpoint enables you to place an order to sell a mutual fund.
         */
        post: operations["MutualFunds_PlaceSellMutualFund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{clearingNumber}/orders/mutual-funds/exchange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a mutual fund
         * @description This endpoint enables you to exchange a mutual fund.
         */
        post: operations["MutualFunds_PlaceExchangeMutualFund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{clearingNumber}/orders/mutual-funds/liquidate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Liquidate a mutual fund
         * @description This endpoint enables you to place an order to liquidate your shares of a mutual fund.
         */
        post: operations["MutualFunds_PlaceLiquidationOfMutualFund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{clearingNumber}/preview/orders/mutual-funds/buy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify buying a mutual fund
         * @description This endpoint enables you to verify the contents of an order for purchasing a mutual fund.
         */
        post: operations["MutualFunds_PreviewBuyMutualFund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{clearingNumber}/preview/orders/mutual-funds/sell": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify selling a mutual fund
         * @description This endpoint enables you to verify the contents of an order for selling a mutual fund.
         */
        post: operations["MutualFunds_PreviewSellMutualFund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{clearingNumber}/preview/orders/mutual-funds/exchange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify exchanging a mutual fund
         * @description This endpoint enables you to verify the contents of an order for exchanging a mutual fund.
         */
        post: operations["MutualFunds_PreviewExchangeMutualFund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{clearingNumber}/preview/orders/mutual-funds/liquidate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview liquidation of a mutual fund
         * @description This endpoint enables you to verify the contents of an order for liquidating your shares of a mutual fund.
         */
        post: operations["MutualFunds_PreviewLiquidationOfMutualFund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{clearingNumber}/orders/mutual-funds/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel an order
         * @description This endpoint enables you to cancel an outstanding order for trading a mutual fund.
         */
        delete: operations["MutualFunds_CancelOrder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/news": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of news for a company
         * @description This endpoint enables you to retrieve a list of recent news for a specific company by providing its ticker symbol.
         */
        get: operations["News_GetNews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/news/corporate-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all corporate actions
         * @description This endpoint enables you to retrieve a list of recent corporate actions pertaining a specific company.
         */
        get: operations["News_GetCorporateActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get order
         * @description This endpoint enables you to retrieve information about a particular order.
         */
        get: operations["Orders_GetOrder"];
        /**
         * Replace an order
         * @description This endpoint enables you to modify an existing order.
         */
        put: operations["Orders_ReplaceOrder"];
        post?: never;
        /**
         * Cancel an order
         * @description This endpoint enables you to cancel an existing order.
         */
        delete: operations["Orders_CancelOrder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/orders/{orderId}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get order details
         * @description This endpoint enables you to retrieve details about order.
         */
        get: operations["Orders_GetOrderDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/verified/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get verified order
         * @description This endpoint enables you to validate an existing order.
         */
        get: operations["Orders_GetVerifiedOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/preview/limits/{symbol}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Calculate buy and sell quantity limits for particular security and account */
        get: operations["Orders_GetOrderLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get filtered orders
         * @description This endpoint enables you to retrieve a selection of orders filtered by a specific query.
         */
        get: operations["Orders_GetOrders"];
        put?: never;
        /**
         * Place an order
         * @description This endpoint enables you to place a new order in ETNA Trader.
         */
        post: operations["Orders_PlaceOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/preview/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Verify replacing an order
         * @description This endpoint enables you to validate order modification.
         */
        put: operations["Orders_PreviewModifyOrder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/orders/consolidated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get consolidated orders
         * @description This endpoint enables you to retrieve a selection of orders filtered by a specific query.
         */
        post: operations["Orders_GetOrdersConsolidated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/preview/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify placing an order
         * @description This endpoint enables you to validate parameters of a new order before placing it on the platform.
         */
        post: operations["Orders_PreviewCreateOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/positions/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get market value of different security types
         * @description This endpoint enables you to retrieve a specific trading account's collective market value of different security types.
         */
        get: operations["Positions_GetPositions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/positions/top": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get top positions list by market value
         * @description This endpoint enables you to retrieve a specific trading account's top positions list by market value.
         */
        get: operations["Positions_GetTopPositions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/positions/{symbol}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an account's positions in a security
         * @description This endpoint enables you to retrieve a trading account’s outstanding positions in a specific security.
         */
        get: operations["Positions_GetPositionBySymbol"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all positions of an account
         * @description This endpoint enables you to retrieve all outstanding positions of a particular trading account.
         */
        get: operations["Positions_GetPositions_2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/positions/consolidated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get consolidated positions of an account group
         * @description This endpoint enables you to retrieve all outstanding positions of a particular trading account.
         */
        post: operations["Positions_GetConsolidatedPositions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/users/{userId}/pricealerts/{alertId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a price alert
         * @description This endpoint enables you to retrieve detailed information about a specific price alert.
         */
        get: operations["PriceAlerts_GetPriceAlert"];
        /**
         * Modify a price alert
         * @description This endpoint enables you to modify an existing price alert.
         */
        put: operations["PriceAlerts_ModifyPriceAlertTrigger"];
        post?: never;
        /**
         * Delete a price alert
         * @description This endpoint enables you to delete an existing price alert.
         */
        delete: operations["PriceAlerts_DeletePriceAlert"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/users/{userId}/pricealerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user's price alerts
         * @description This endpoint enables you to retrieve all price alerts of a specific user.
         */
        get: operations["PriceAlerts_GetPriceAlerts"];
        put?: never;
        /**
         * Create a price alert
         * @description This endpoint enables you to create a new price alert.
         */
        post: operations["PriceAlerts_CreatePriceAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/options/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an option by its ID
         * @description This endpoint enables you to retrieve detailed information about a specific option by providing its internal identifier in ETNA Trader.
         */
        get: operations["Securities_GetOptionById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/equities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an equity by its ID
         * @description This endpoint enables you to retrieve detailed information about a specific equity by providing its internal identifier in ETNA Trader.
         */
        get: operations["Securities_GetEquityById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/equities/{symbol}/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get company logo image by symbol
         * @description This endpoint enables you to retrieve company logo image by ticker symbol under which it’s listed on the exchange.
         */
        get: operations["Securities_GetEquityLogoBySymbol"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/equities/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get equities using a pattern
         * @description This endpoint enables you to retrieve a list of securities with a certain pattern by specifying a keyword that will be queried in all equities' symbol, exchange, and description fields.
         */
        get: operations["Securities_GetEquitiesByMask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/options/{symbol}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an option by its symbol
         * @description This endpoint enables you to retrieve detailed information about a particular option by providing the ticker symbol under which it’s listed on the exchange.
         */
        get: operations["Securities_GetOptionBySymbol"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/equities/{symbol}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an equity by its symbol
         * @description This endpoint enables you to retrieve detailed information about a particular equity by providing its ticker symbol under which it’s listed on the exchange.
         */
        get: operations["Securities_GetEquityBySymbol"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/currencyRate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get currency rate
         * @description This endpoint enables you to retrieve currency rate.
         */
        get: operations["Securities_GetCurrencyRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/options/optionChain/{symbol}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an option chain
         * @description This endpoint enables you to retrieve an option chain for a specific security by providing its ticker symbol under which it’s listed on the exchange.
         */
        get: operations["Securities_GetOptionChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/options/expirations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get options' expirations dates
         * @description This endpoint enables you to retrieve expiration dates of options with a specific underlying security.
         */
        get: operations["Securities_GetOptionsExpirations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get filtered options
         * @description This endpoint enables you to retrieve a collection of options filtered by a specific query.
         */
        get: operations["Securities_GetOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/equities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get filtered equities
         * @description This endpoint enables you to retrieve a collection of equities filtered by a specific query.
         */
        get: operations["Securities_GetEquities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/streamers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get streamers data
         * @description This endpoint returns the streamers data
         */
        get: operations["Streamer_GetStreamersData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/streamers/session/recover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Recover session
         * @description This API endpoint recoveres streamer session.
         */
        put: operations["Streamer_RecoverSession"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/syncorders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get order
         * @description This endpoint enables you to retrieve information about a particular order directly from the execution venue.
         */
        get: operations["SyncOrders_GetOrder"];
        /**
         * Replace an order
         * @description This endpoint enables you to modify an existing order and ensure that it is accepted on the execution venue.
         */
        put: operations["SyncOrders_ReplaceOrder"];
        post?: never;
        /**
         * Cancel an order
         * @description This endpoint enables you to cancel an existing order and ensure that it is cancelled on the execution venue.
         */
        delete: operations["SyncOrders_CancelOrder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/syncorders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get filtered orders
         * @description This endpoint enables you to retrieve a selection of orders filtered by a specific query directly from the execution venue.
         */
        get: operations["SyncOrders_GetOrders"];
        put?: never;
        /**
         * Place an order
         * @description This endpoint enables you to place a new order and ensure that it is accepted by the execution venue.
         */
        post: operations["SyncOrders_PlaceOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/preview/syncorders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Verify replacing an order
         * @description This endpoint enables you to validate order modification directly on the execution venue.
         */
        put: operations["SyncOrders_PreviewModifyOrder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/preview/syncorders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify placing an order
         * @description This endpoint enables you to validate parameters of a new order directly on the execution venue.
         */
        post: operations["SyncOrders_PreviewCreateOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/activity/allowed-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get allowed activities type
         * @description This endpoint enables you to retrieve a list of allowed activities types.
         */
        get: operations["Transactions_GetAllowedActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/transactions/allowed-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get allowed transactions type
         * @description This endpoint enables you to retrieve a list of allowed transactions types.
         */
        get: operations["Transactions_GetAllowedTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/activity/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get activity report */
        get: operations["Transactions_GetActivityReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all activities of a trader
         * @description This endpoint enables you to retrieve a list of activities that have been made on a particular trading account.
         */
        get: operations["Transactions_GetActivityPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/transaction/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get transactions report */
        get: operations["Transactions_GetTransactionReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all transactions of a trader
         * @description This endpoint enables you to retrieve a list of transactions that have been made on a particular trading account.
         */
        get: operations["Transactions_GetTransactionsPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/transactions/consolidated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get all Consolidated transactions
         * @description This endpoint enables you to retrieve a list of transactions that have been made on a particular trading account.
         */
        post: operations["Transactions_GetConsolidatedTransactions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/transfers/{id}/fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get transfer fees
         * @description Get fees that will be levied to a transfer.
         */
        get: operations["Transfers_GetTransferFees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/transfers/ira_constraints/{mechanism}/{isDeposit}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get allowed IRA account constraints for a transfer
         * @description This endpoint enables you to retrieve allowed IRA account constraints for a transfer.
         */
        get: operations["Transfers_GetAllowedIraConstraint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all past and pending transfers
         * @description This endpoint enables you to retrieve all past and pending deposits and withdrawals of a specific trading account.
         */
        get: operations["Transfers_GetAchRelationshipsPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/transfers/ach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an ACH transfer to the clearing firm
         * @description This endpoint enables you to send an ACH transfer to the clearing firm for final approval.
         */
        post: operations["Transfers_SendAchTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/transfers/wire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a wire transfer to the clearing firm
         * @description This endpoint enables you to send a wire transfer to the clearing firm for final approval.
         */
        post: operations["Transfers_SendWireTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/transfers/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a check transfer to the clearing firm
         * @description This endpoint enables you to send a check transfer to the clearing firm for final approval.
         */
        post: operations["Transfers_SendCheckTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/transfers/zelle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a Zelle transfer to the clearing firm
         * @description This endpoint enables you to send a Zelle transfer to the clearing firm for final approval.
         */
        post: operations["Transfers_SendZelleTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/transfers/{transferId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Request a cancellation of a transfer
         * @description This endpoint enables you to send a request to cancel a withdrawal or a deposit.
         */
        delete: operations["Transfers_CancelTransfer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get account by Id
         * @description This API endpoint enables you to retrieve information about a specific trading account.
         */
        get: operations["UserAccounts_GetAccountsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/users/{userId}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all accounts of a user
         * @description This endpoint enables you to retrieve the list of all trading accounts bound to a particular user.
         */
        get: operations["UserAccounts_GetUserAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get balance information for an account
         * @description This endpoint enables you to retrieve balance information of a particular trading account.
         */
        get: operations["UserAccounts_GetAccountBalanceInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get account users
         * @description This API endpoint enables you to retrieve the list of users who have access to a specific trading account.
         */
        get: operations["UserAccounts_GetAccountUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get account info
         * @description This API endpoint enables you to get account info.
         */
        get: operations["UserAccounts_GetAccountInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get historical account value
         * @description This endpoint returns the historical values of a particular trading account over the specified period.
         */
        get: operations["UserAccounts_GetAccountHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all accounts
         * @description This endpoint depending on your permissions enables you to retrieve the list of all trading accounts that have been created by the users of your company or your own accounts bound to the user.
         */
        get: operations["UserAccounts_GetAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/select": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set selected account
         * @description This API endpoint to set selected account.
         */
        put: operations["UserAccounts_SetSelectedAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/alias/{alias}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update account alias for current user
         * @description This API endpoint enables you to update alias for existing trading account.
         */
        put: operations["UserAccounts_UpdateAccountAlias"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add account to user
         * @description This API endpoint enables you to bind a new or an existing trading account to an existing user.
         */
        put: operations["UserAccounts_AddAccountToUser"];
        post?: never;
        /**
         * Remove account from user
         * @description This API endpoint enables you to unbind a particular trading account from an existing user.
         */
        delete: operations["UserAccounts_RemoveAccountFromUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/username/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add account to user by username
         * @description This API endpoint enables you to bind a new or an existing trading account to an existing user.
         */
        put: operations["UserAccounts_AddAccountToUser_2"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/balance/consolidated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get balance information for accounts group
         * @description This endpoint enables you to retrieve aggregated balance information of group of accounts.
         */
        post: operations["UserAccounts_GetConsolidatedBalance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get historical accounts value
         * @description This endpoint returns the historical values of the specified trading accounts over the specified period.
         */
        post: operations["UserAccounts_GetAccountsHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/accounts/{accountId}/alias": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete account alias
         * @description This API endpoint enables you to delete alias for existing trading account.
         */
        delete: operations["UserAccounts_DeleteAccountAlias"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/users/{userId}/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user's info by ID
         * @description This endpoint enables you to retrieve information about a particular user by providing their internal identifier in ETNA Trader in the request path.
         */
        get: operations["Users_GetUserInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/users/{userId}/balance-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get balance information for an user
         * @description This endpoint enables you to retrieve aggregated balance information of group of accounts linked to a particular user.
         */
        get: operations["Users_GetUserBalanceInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/users/{userId}/settings/trading": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user's settings by ID
         * @description This endpoint enables you to retrieve the settings of a specific user.
         */
        get: operations["Users_GetUserTradingSettings"];
        /**
         * Set a user's settings by ID
         * @description This endpoint enables you to set the settings of a specific user.
         */
        put: operations["Users_SettUserTradingSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/users/{userId}/password/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the user's password
         * @description This endpoint enables you to change the password of the user whose authorization token is used to perform the request.
         */
        put: operations["Users_ChangeUserPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/users/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a user's info by email
         * @description This endpoint enables you to retrieve information about a particular user by providing their email in the request.
         */
        post: operations["Users_GetUserByEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/users/{userId}/pincode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset Pin code
         * @description This endpoint enables you to reset Pin code.
         */
        post: operations["Users_ResetPinCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/users/{userId}/group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add user into ProTrader group
         * @description This endpoint enables you to add specific user into ProTrader group.
         */
        post: operations["Users_AddUserToGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch user
         * @description This endpoint enables you to patch an existing user in ETNA Trader.
         */
        patch: operations["Users_PatchUser"];
        trace?: never;
    };
    "/v{version}/users/{userId}/watchlists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all watchlists of a user
         * @description This endpoint enables you to retrieve all watchlists of a particular user. If parameter includeSecurities is set to true, the watchlists’ securities will also be included in the response.
         */
        get: operations["Watchlists_GetUserWatchlists"];
        put?: never;
        /**
         * Create a new watchlist
         * @description This endpoint enables you to create a new watchlist.
         */
        post: operations["Watchlists_CreateWatchlist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/users/{userId}/watchlists/{watchlistId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user's watchlist
         * @description This endpoint enables you to retrieve information about a user's specific watchlist. If parameter includeSecurities is set to true, the watchlist’s securities will also be included in the response.
         */
        get: operations["Watchlists_GetWatchlist"];
        put?: never;
        post?: never;
        /**
         * Delete a watchlist.
         * @description This endpoint enables you to delete an existing watchlist.
         */
        delete: operations["Watchlists_DeleteWatchlist"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/users/{userId}/watchlists/{watchlistId}/securities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add a security to a watchlist by symbol
         * @description This endpoint enables you to add a security to a custom watchlist by providing the security’s ticker symbol in the request body.
         */
        put: operations["Watchlists_AddSecurtiy"];
        post?: never;
        /**
         * Remove a security from a watchlist by symbol
         * @description This endpoint enables you to remove a security from an existing watchlist by providing the security’s ticker symbol, currency, and the exchange on which it’s listed.
         */
        delete: operations["Watchlists_RemoveSecurity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/users/{userId}/watchlists/{watchlistId}/name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Rename a watchlist.
         * @description This endpoint enables you to rename an existing watchlist.
         */
        put: operations["Watchlists_EditWatchlistName"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v{version}/users/{userId}/watchlists/{watchlistId}/securities/{securityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add a security to a watchlist by ID
         * @description This endpoint enables you add a security to a custom watchlist by providing the security’s internal identifier in the request header.
         */
        put: operations["Watchlists_AddSecurityById"];
        post?: never;
        /**
         * Remove a security from watchlist by ID
         * @description This endpoint enables you to remove a security from an existing watchlist by providing the security’s internal identifier in ETNA Trader.
         */
        delete: operations["Watchlists_RemoveSecurityById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get token
         * @description This API endpoint returns the authentication token that is used in all other API requests.
         */
        post: operations["Get_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SignOut
         * @description SignOut.
         */
        post: operations["Logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccountOpeningProviderResource: {
            Name?: string;
            AccountProvider?: string;
            FormType?: string;
            Editable?: boolean;
            ShowReminder?: boolean;
            ContinueLater?: boolean;
            EnableAccountTransfer?: boolean;
        };
        AccountOpeningConfigurationResource: {
            AccessWithoutAccount?: boolean;
            AccountAddingIsAllowed?: boolean;
            Providers?: components["schemas"]["AccountOpeningProviderResource"][];
        };
        CreateReferralLinkRequest: {
            ReferralCode?: string;
            RepCode?: string;
        };
        AccountRequestResource: {
            /**
             * Format: uuid
             * @example 00000000-0000-0000-0000-000000000000
             */
            Id?: string;
            UserId?: string;
            Email?: string;
            Status?: string;
            FormDataReference?: string;
            AccountNumber?: string;
            Comment?: string;
            FormType?: string;
            RequestType?: string;
            AccountProvider?: string;
            AccountCustomerType?: string;
            /** Format: date-time */
            CreatedAt?: string;
            ReferralCode?: string;
            AccountOpeningProviderName?: string;
            JotFormPreFillQuery?: string;
            ClientName?: string;
        };
        GetAccountPDFFileDto: {
            formTitle?: string;
            downloadLink?: string;
            /** Format: date-time */
            expiresAt?: string;
        };
        AccountRequestVersionResource: {
            Status?: string;
            Comment?: string;
            MadeBy?: string;
            /** Format: date-time */
            CreatedAt?: string;
        };
        CancelRequestResource: {
            Reason?: string;
            SyncProcessing?: boolean;
        };
        RejectRequestResource: {
            Reason?: string;
            SyncProcessing?: boolean;
        };
        SubmitRequestResource: {
            FormDataReference?: string;
            SyncProcessing?: boolean;
        };
        ApproveRequestResource: {
            Comment?: string;
            SyncProcessing?: boolean;
        };
        CreateCloseAccountRequestResource: {
            /** @enum {string} */
            AccountProvider?: "None" | "PaperTrading" | "Apex" | "Apex1" | "Apex2" | "FcStone" | "Axos" | "Velox" | "Siebert" | "InteliClear" | "EtnaClearing" | "Fidelity" | "TradeUp";
            ClearingAccountNumber?: string;
            Comment?: string;
        };
        CreateUpdateAccountRequestResource: {
            /** @enum {string} */
            AccountProvider?: "None" | "PaperTrading" | "Apex" | "Apex1" | "Apex2" | "FcStone" | "Axos" | "Velox" | "Siebert" | "InteliClear" | "EtnaClearing" | "Fidelity" | "TradeUp";
            ClearingAccountNumber?: string;
        };
        CreateOpenAccountRequestResource: {
            AccountProvider?: string;
            FormType?: string;
            AccountOpeningProviderName?: string;
        };
        AccountTransferResource: {
            /**
             * Format: uuid
             * @example 00000000-0000-0000-0000-000000000000
             */
            Id?: string;
            /** Format: date-time */
            CreatedAt?: string;
            /** @enum {string} */
            AccountProvider?: "None" | "PaperTrading" | "Apex" | "Apex1" | "Apex2" | "FcStone" | "Axos" | "Velox" | "Siebert" | "InteliClear" | "EtnaClearing" | "Fidelity" | "TradeUp";
            FromAccount?: string;
            ToAccount?: string;
            InitiatedBy?: string;
            AcceptedBy?: string;
            /** @enum {string} */
            Type?: "UNDEFINED" | "FAIL_REVERSAL_BROKER_TO_BROKER_ONLY" | "FULL_TRANSFER" | "MUTUAL_FUND_CLEANUP" | "PARTIAL_TRANSFER_DELIVERER" | "PARTIAL_TRANSFER_RECEIVER" | "POSITION_TRANSFER_FUND_FIRM_TO_MUTUAL_FUND_COMPANY_ONLY" | "RECLAIM" | "RESIDUAL_CREDIT";
            /**
             * Format: uuid
             * @example 00000000-0000-0000-0000-000000000000
             */
            TifId?: string;
            /** Format: int64 */
            AcatsControlNumber?: number;
            FormDataReference?: string;
            /** @enum {string} */
            Status?: "NEW" | "SUBMITTED" | "ACCEPTED" | "DECLINED" | "PROCESSING_BY_CLEARING" | "SENDING_TO_ACATS" | "PROCESSING_BY_ACATS" | "DELIVERING_FIRM_NOT_RESPONDED" | "REJECTED_BY_DELIVERING_FIRM" | "IN_REVIEW" | "REVIEW_FAILED" | "IN_ACCELERATE_REVIEW" | "IN_PROGRESS" | "ERROR" | "REJECTED_BY_ACATS" | "COMPLETED" | "CANCELLED" | "SYSTEM_PURGE";
            History?: components["schemas"]["AccountTransferHistoryItemResource"][];
            ParticipantImageURL?: string;
            TransferInitiator?: components["schemas"]["TransferInitiatorResource"];
            PartialTransferProperties?: components["schemas"]["PartialTransferPropertiesDto"];
        };
        AccountTransferHistoryItemResource: {
            /**
             * Format: uuid
             * @example 00000000-0000-0000-0000-000000000000
             */
            RequestId?: string;
            /** Format: date-time */
            CreatedAt?: string;
            /** @enum {string} */
            Status?: "NEW" | "SUBMITTED" | "ACCEPTED" | "DECLINED" | "PROCESSING_BY_CLEARING" | "SENDING_TO_ACATS" | "PROCESSING_BY_ACATS" | "DELIVERING_FIRM_NOT_RESPONDED" | "REJECTED_BY_DELIVERING_FIRM" | "IN_REVIEW" | "REVIEW_FAILED" | "IN_ACCELERATE_REVIEW" | "IN_PROGRESS" | "ERROR" | "REJECTED_BY_ACATS" | "COMPLETED" | "CANCELLED" | "SYSTEM_PURGE";
            ChangedBy?: string;
            Comment?: string;
        };
        TransferInitiatorResource: {
            FirstName?: string;
            Middle?: string;
            LastName?: string;
            Login?: string;
        };
        PartialTransferPropertiesDto: {
            cash?: components["schemas"]["TransferInitiationCashDto"];
            assets?: components["schemas"]["TransferInitiationAssetDto"][];
            options?: components["schemas"]["TransferInitiationOptionDto"][];
        };
        TransferInitiationCashDto: {
            /** Format: double */
            amount?: number;
            isoCurrencyCode?: string;
            /** @enum {string} */
            type?: "DEBIT" | "CREDIT";
        };
        TransferInitiationAssetDto: {
            /** @enum {string} */
            assetType?: "CUSIP" | "SYMBOL" | "ISIN" | "CINS" | "SEDOL" | "CASH";
            identifier?: string;
            isoCurrencyCode?: string;
            /** Format: double */
            amount?: number;
            isShort?: boolean;
        };
        TransferInitiationOptionDto: {
            symbol?: string;
            /** Format: date-time */
            contractDate?: string;
            /** @enum {string} */
            optionType?: "PUT" | "CALL";
            /** Format: double */
            strikePrice?: number;
            isShort?: boolean;
            /** Format: double */
            amount?: number;
        };
        SubmitAccountTransferRequestResource: {
            FormDataReference?: string;
            Comment?: string;
        };
        ModifyAccountTransferRequestResource: {
            Comment?: string;
        };
        AchRelationshipResource: {
            /**
             * Format: uuid
             * @example 00000000-0000-0000-0000-000000000000
             */
            Id?: string;
            /** Format: int32 */
            AccountId?: number;
            ExternalId?: string;
            RoutingNumber?: string;
            AccountNumber?: string;
            DisplayAccountNumber?: string;
            AccountOwnerName?: string;
            Name?: string;
            Status?: string;
            /** Format: date-time */
            CreatedAt?: string;
            /** Format: date-time */
            CancelDate?: string;
            CancelReason?: string;
            ApprovalMethod?: string;
            Default?: boolean;
            BankAccountType?: string;
        };
        UpdateAchRelationshipResource: {
            Name?: string;
        };
        CreateAchRelationshipResource: {
            RoutingNumber?: string;
            AccountNumber?: string;
            AccountOwnerName?: string;
            Name?: string;
            ApprovalMethod?: string;
            BankAccountType?: string;
        };
        CreateAchRelationshipsPlaidResource: {
            Accounts?: string[];
            BankName?: string;
            PublicToken?: string;
            AccountId?: string;
        };
        ApproveAchRelationshipResource: {
            /** Format: double */
            Amount1?: number;
            /** Format: double */
            Amount2?: number;
            /** Format: double */
            Amount3?: number;
        };
        AgreementItemResource: {
            /** @enum {string} */
            Type?: "Platform" | "Quotemedia" | "Quodd";
            CanSkip?: boolean;
        };
        SPAApplicationSettings: {
            TradingIsEnabled?: boolean;
        };
        MobileApplicationSettings: {
            Settings?: {
                [key: string]: Record<string, never>;
            };
        };
        SecurityImages: {
            FileName?: string;
            Content?: string;
        };
        ISecretQuestion: {
            /** Format: int32 */
            Id?: number;
            Name?: string;
        };
        AssetsTransferRequestDto: {
            /** @enum {string} */
            AssetsTransferType?: "Partial" | "Full";
            AccountFrom?: components["schemas"]["AccountInfoDto"];
            AccountTo?: components["schemas"]["AccountInfoDto"];
            TransferType?: boolean;
            PositionBalance?: components["schemas"]["PositionBalanceDto"][];
            Memo?: string;
        };
        AccountInfoDto: {
            AccountNum?: string;
            /** @enum {string} */
            AccountType?: "Empty" | "Cash" | "Margin" | "Dividend" | "LegalTransfer" | "Short" | "Grant" | "FPLCashCollateral" | "ESPPRSU" | "DVPRVP";
        };
        PositionBalanceDto: {
            Security?: components["schemas"]["PositionSecurityInfoDto"];
            /** Format: int32 */
            Quantity?: number;
            /** Format: double */
            Amount?: number;
        };
        PositionSecurityInfoDto: {
            /** Format: int32 */
            SecurityId?: number;
            Symbol?: string;
            CusipNum?: string;
        };
        ModifyAssetsTransferRequestResource: {
            Comment?: string;
        };
        ChangePinResource: {
            Token?: string;
            Pin?: string;
            ImageName?: string;
            PersonalPhrase?: string;
        };
        ResourceBasedResponse: {
            Errors?: string[];
            readonly ModelState?: {
                [key: string]: string[];
            };
            ErrorsCode?: string[];
            /** @enum {string} */
            StatusCode?: "Continue" | "SwitchingProtocols" | "OK" | "Created" | "Accepted" | "NonAuthoritativeInformation" | "NoContent" | "ResetContent" | "PartialContent" | "MultipleChoices" | "Ambiguous" | "MovedPermanently" | "Moved" | "Found" | "Redirect" | "SeeOther" | "RedirectMethod" | "NotModified" | "UseProxy" | "Unused" | "TemporaryRedirect" | "RedirectKeepVerb" | "BadRequest" | "Unauthorized" | "PaymentRequired" | "Forbidden" | "NotFound" | "MethodNotAllowed" | "NotAcceptable" | "ProxyAuthenticationRequired" | "RequestTimeout" | "Conflict" | "Gone" | "LengthRequired" | "PreconditionFailed" | "RequestEntityTooLarge" | "RequestUriTooLong" | "UnsupportedMediaType" | "RequestedRangeNotSatisfiable" | "ExpectationFailed" | "UpgradeRequired" | "InternalServerError" | "NotImplemented" | "BadGateway" | "ServiceUnavailable" | "GatewayTimeout" | "HttpVersionNotSupported";
            readonly IsSucceed?: boolean;
        };
        ChangePasswordResource: {
            Token?: string;
            Password?: string;
            PasswordConfirmation?: string;
        };
        RequestResetSecretQuestion: {
            /** Format: int32 */
            QuestionId?: number;
            Answer?: string;
            Token?: string;
        };
        RequestChangePasswordResource: {
            User?: string;
            SecretQuestionAnswer?: string;
        };
        AcceptPasswordCodeResource: {
            Code?: string;
        };
        AcceptCodeResource: {
            /** @enum {string} */
            Identifier?: "UserActivation" | "ResetPassword" | "ResetPinCode" | "InvitationEmail" | "ResetSecretQuestion" | "AddUserToProGroup";
            Code?: string;
        };
        CountryMapModel: {
            /** Format: int32 */
            Id?: number;
            Name?: string;
            Code?: string;
            SelfDefinedCode?: boolean;
        };
        DocumentResource: {
            /**
             * Format: uuid
             * @example 00000000-0000-0000-0000-000000000000
             */
            Id?: string;
            AccountNumber?: string;
            Name?: string;
            Type?: string;
            Comment?: string;
            /** Format: date-time */
            CreatedDate?: string;
            /** Format: date-time */
            SentDate?: string;
            ExternalId?: string;
            /** Format: byte */
            Data?: string;
        };
        DocumentIdResource: {
            /**
             * Format: uuid
             * @example 00000000-0000-0000-0000-000000000000
             */
            Id?: string;
        };
        DocumentSentResource: {
            /** Format: date-time */
            SentAt?: string;
        };
        DeliveryInformationDto: {
            /**
             * Format: uuid
             * @example 00000000-0000-0000-0000-000000000000
             */
            Id?: string;
            Email?: string;
            AccountNo?: string;
            SupplementEmail?: string;
            Options?: components["schemas"]["DeliveryOptionsDto"][];
        };
        DeliveryOptionsDto: {
            Description?: string;
            IsPaperless?: boolean;
            /**
             * Format: uuid
             * @example 00000000-0000-0000-0000-000000000000
             */
            CategoryId?: string;
        };
        ElectronicDocumentResource: {
            /** Format: date-time */
            Date?: string;
            Type?: string;
            Code?: string;
            Url?: string;
            Inserts?: string[];
        };
        SubmitFeedbackModel: {
            BuildVersion?: string;
            Comment?: string;
            Contacts?: string;
            Subject?: string;
            ImagesToUpload?: components["schemas"]["Base64FileMapModel"][];
        };
        Base64FileMapModel: {
            Name?: string;
            Data?: string;
            Type?: string;
        };
        /** @description Formula model */
        Formula: {
            /** Format: int32 */
            Id?: number;
            Name?: string;
            Expression?: string;
        };
        ChartCompareRequestModel: {
            Securities?: components["schemas"]["SecuritySignature"][];
            SecuritiesHistorySettings?: components["schemas"]["SecurityHistoryRequestSettings"];
        };
        SecuritySignature: {
            Symbol?: string;
            Exchange?: string;
            Currency?: string;
        };
        SecurityHistoryRequestSettings: {
            /** Format: int32 */
            StartDate?: number;
            /** Format: int32 */
            EndDate?: number;
            /** Format: int32 */
            CandlesCount?: number;
            Period?: string;
            /** Format: int32 */
            Interval?: number;
            IncludeNonMarketData?: boolean;
        };
        TimeSeriesValueCandleMapModel: {
            ValuationLevels?: number[];
            IsMarket?: boolean;
            /** Format: double */
            Volume?: number;
            /** Format: int32 */
            OpenInterest?: number;
            /** Format: int32 */
            Time?: number;
            /** Format: date-time */
            readonly DateTime?: string;
            /** Format: double */
            Open?: number;
            /** Format: double */
            High?: number;
            /** Format: double */
            Low?: number;
            /** Format: double */
            Close?: number;
        };
        ChartHistoryRequestModel: {
            Security?: components["schemas"]["SecuritySignature"];
            SecurityHistorySettings?: components["schemas"]["SecurityHistoryRequestSettings"];
            IndicatorsHistorySettings?: components["schemas"]["IndicatorHistoryRequestSettings"][];
        };
        IndicatorHistoryRequestSettings: {
            Signature?: string;
            /** Format: int32 */
            Interval?: number;
            /** Format: int32 */
            StartDate?: number;
            /** Format: int32 */
            EndDate?: number;
            /** Format: int32 */
            CandlesCount?: number;
            /** Format: int32 */
            Offset?: number;
            Period?: string;
            IncludeNonMarketData?: boolean;
        };
        ChartHistoryModel: {
            SecurityHistory?: components["schemas"]["TimeSeriesValueCandleMapModel"][][];
            IndicatorsHistory?: components["schemas"]["IndicatorHistoryMapModel"][][];
            SupportResistanceHistory?: components["schemas"]["SupportResistanceMapModel"];
        };
        IndicatorHistoryMapModel: {
            /** Format: int32 */
            Date?: number;
            Values?: number[];
        };
        SupportResistanceMapModel: {
            /** Format: double */
            SupportPrice?: number;
            /** Format: double */
            ResistancePrice?: number;
            Levels?: components["schemas"]["LevelInfoMapModel"][];
        };
        LevelInfoMapModel: {
            /** Format: double */
            TopPrice?: number;
            /** Format: double */
            BottomPrice?: number;
            RedCandles?: number[];
            GreenCandles?: number[];
        };
        HistoricalTradeDataExportDataModel: {
            Securities?: number[];
            Indicators?: components["schemas"]["HistoricalTradeDataExportIndicatorModel"][];
            TimeFrame?: components["schemas"]["TimeFrameModel"];
            DefaultFileName?: string;
        };
        HistoricalTradeDataExportIndicatorModel: {
            Text?: string;
            Name?: string;
            Type?: string;
            Args?: Record<string, never>[];
        };
        TimeFrameModel: {
            /** Format: int32 */
            StartDate?: number;
            /** Format: int32 */
            EndDate?: number;
            /** Format: int32 */
            CandlesCount?: number;
            Period?: string;
            IncludeNonMarketData?: boolean;
        };
        HotkeyMapModel: {
            /** Format: int32 */
            Id?: number;
            ActionName?: string;
            ActionResource?: components["schemas"]["WebActionMapModel"];
            KeyboardShortcut?: string;
            Description?: string;
            /** Format: int32 */
            ActionId?: number;
            Parameters?: components["schemas"]["HotkeyParameterMapModel"][];
        };
        WebActionMapModel: {
            /** Format: int32 */
            Id?: number;
            Name?: string;
            Description?: string;
            Action?: string;
            Parameters?: components["schemas"]["WebActionParameterMapModel"][];
        };
        HotkeyParameterMapModel: {
            /** Format: int32 */
            Id?: number;
            /** Format: int32 */
            HotkeyId?: number;
            /** Format: int32 */
            ParameterId?: number;
            /** Format: int32 */
            ParameterType?: number;
            ParameterName?: string;
            Value?: string;
        };
        WebActionParameterMapModel: {
            /** Format: int32 */
            Id?: number;
            /** Format: int32 */
            ActionId?: number;
            Name?: string;
            /** Format: int32 */
            Type?: number;
        };
        EditableHotkeyModel: {
            KeyboardShortcut?: string;
            Description?: string;
            /** Format: int32 */
            ActionId?: number;
            Parameters?: components["schemas"]["HotkeyParameterMapModel"][];
        };
        Void: Record<string, never>;
        InvestigationHistoryResource: {
            Id?: string;
            Status?: string;
            /** Format: date-time */
            CreatedDate?: string;
            /** Format: date-time */
            UpdatedDate?: string;
        };
        InvestigationActionResource: {
            Comment?: string;
            Vendors?: string[];
            Documentation?: string[];
            SnapIds?: string[];
        };
        AccountOffering: {
            OfferingReference?: string;
            Name?: string;
            TickerSymbol?: string;
            Description?: string;
            OfferingTypeName?: string;
            Industry?: string;
            ProspectusUrl?: string;
            BrochureUrl?: string;
            Underwriter?: components["schemas"]["OfferingUnderwriter"][];
            CusipId?: string;
            /** Format: int32 */
            AvailableToOrder?: number;
            AnticipatedShares?: string;
            /** Format: double */
            MinPrice?: number;
            /** Format: double */
            MaxPrice?: number;
            TradeDate?: string;
            SettlementDate?: string;
            /** Format: int32 */
            ActiveWindow?: number;
            LogoSmall?: string;
            BizInsightsHtml?: string;
            /** Format: int32 */
            UnitIncrement?: number;
            /** Format: int32 */
            OrdrDollarShare?: number;
            /** Format: double */
            MinTicketSize?: number;
            /** Format: double */
            MaxTicketSize?: number;
            HasOrder?: boolean;
            ClientOrderId?: string;
            IsSubscribed?: boolean;
            /** Format: double */
            RequestedAmount?: number;
        };
        OfferingUnderwriter: {
            ExecutingBrokerMpid?: string;
            ExecutingBrokerName?: string;
            Display?: boolean;
            Lead?: boolean;
        };
        CancellationToken: {
            readonly IsCancellationRequested?: boolean;
            readonly CanBeCanceled?: boolean;
            WaitHandle?: components["schemas"]["WaitHandle"];
        };
        WaitHandle: {
            Handle?: Record<string, never>;
            SafeWaitHandle?: components["schemas"]["SafeWaitHandle"];
        };
        SafeWaitHandle: {
            readonly IsInvalid?: boolean;
            readonly IsClosed?: boolean;
        };
        Model: {
            /** Format: int32 */
            Id?: number;
            /** Format: int32 */
            Version?: number;
            Securities?: components["schemas"]["ModelSecurityLite"][];
            /** Format: int32 */
            CashTargetPercentage?: number;
            /** Format: int32 */
            CashTolerancePercentage?: number;
            Name?: string;
            Description?: string;
            RiskLevel?: string;
            /** Format: int32 */
            Roi?: number;
            ReportEmail?: string;
            AverageTrade?: boolean;
            /** Format: int32 */
            AverageBuyAccountId?: number;
            /** Format: int32 */
            AverageSellAccountId?: number;
            /** Format: int32 */
            InventoryAccountId?: number;
        };
        ModelSecurityLite: {
            /** Format: int32 */
            SecurityId?: number;
            /** Format: int32 */
            TargetPercentage?: number;
            /** Format: int32 */
            TolerancePercentage?: number;
            Symbol?: string;
            Currency?: string;
        };
        UpdateModelCommand: {
            /** Format: int32 */
            Id?: number;
            /** Format: int32 */
            Version?: number;
            Securities?: components["schemas"]["ModelSecurityLite"][];
            /** Format: int32 */
            CashTargetPercentage?: number;
            /** Format: int32 */
            CashTolerancePercentage?: number;
            Name?: string;
            Description?: string;
            RiskLevel?: string;
            /** Format: int32 */
            Roi?: number;
            ReportEmail?: string;
            AverageTrade?: boolean;
            /** Format: int32 */
            AverageBuyAccountId?: number;
            /** Format: int32 */
            AverageSellAccountId?: number;
            /** Format: int32 */
            InventoryAccountId?: number;
        };
        CreateModelCommand: {
            Securities?: components["schemas"]["ModelSecurityLite"][];
            /** Format: int32 */
            CashTargetPercentage?: number;
            /** Format: int32 */
            CashTolerancePercentage?: number;
            Name?: string;
            Description?: string;
            RiskLevel?: string;
            /** Format: int32 */
            Roi?: number;
            ReportEmail?: string;
            AverageTrade?: boolean;
            /** Format: int32 */
            AverageBuyAccountId?: number;
            /** Format: int32 */
            AverageSellAccountId?: number;
            /** Format: int32 */
            InventoryAccountId?: number;
        };
        BuyMutualFundResource: {
            Symbol?: string;
            /** Format: double */
            Quantity?: number;
            /** @enum {string} */
            QuantityQualifier?: "Shares" | "EvenDollar" | "GrossDollar" | "MinusRounding" | "PlusRounding";
            ReinvestDividends?: boolean;
            ReinvestShortTermGains?: boolean;
            ReinvestLongTermGains?: boolean;
        };
        MutualFundResource: {
            /** Format: int32 */
            Id?: number;
            /** @enum {string} */
            Status?: "New" | "PartiallyFilled" | "Filled" | "DoneForDay" | "Canceled" | "Replaced" | "PendingCancel" | "Stopped" | "Rejected" | "Suspended" | "PendingNew" | "Calculated" | "Expired" | "AcceptedForBidding" | "PendingReplace" | "Error" | "Held";
            /** @enum {string} */
            ExecutionStatus?: "New" | "PartiallyFilled" | "Filled" | "DoneForDay" | "Canceled" | "Replaced" | "PendingCancel" | "Stopped" | "Rejected" | "Suspended" | "PendingNew" | "Calculated" | "Expired" | "AcceptedForBidding" | "PendingReplace" | "Error" | "Held";
            Description?: string;
            /** Format: double */
            ExecutedQuantity?: number;
            /** Format: double */
            Quantity?: number;
        };
        SellMutualFundResource: {
            Symbol?: string;
            /** Format: double */
            Quantity?: number;
            /** @enum {string} */
            QuantityQualifier?: "Shares" | "EvenDollar" | "GrossDollar" | "MinusRounding" | "PlusRounding";
        };
        ExchangeMutualFundResource: {
            SourceSymbol?: string;
            TargetSymbol?: string;
            ReinvestDividends?: boolean;
            ReinvestShortTermGains?: boolean;
            ReinvestLongTermGains?: boolean;
        };
        LiquidateMutualFundResource: {
            Symbol?: string;
        };
        MutualFundPreviewResource: {
            IsSuccessful?: boolean;
            ErrorDescription?: string;
            ErrorDescriptionText?: string;
            ErrorDescriptionArgs?: string[];
        };
        NewsResource: {
            Key?: string;
            /** Format: int64 */
            Date?: number;
            Source?: string;
            Header?: string;
            Attachment?: string;
            Content?: string;
            /** Format: int32 */
            NewsId?: number;
        };
        CorporateActionResource: {
            /** Format: int32 */
            Id?: number;
            /** Format: int32 */
            CorporateActionEventId?: number;
            Completed?: boolean;
            /** Format: date-time */
            CompleteDate?: string;
            UniqueId?: string;
            /** Format: int32 */
            SecurityId?: number;
            /** Format: date-time */
            Date?: string;
            Type?: string;
            IsCancel?: boolean;
            Data?: {
                [key: string]: string;
            };
        };
        OrderResource: {
            /**
             * Format: int32
             * @description Unique order id. Assigned by OMS.
             */
            Id?: number;
            /**
             * Format: int32
             * @description Security internal id;
             */
            SecurityId?: number;
            Symbol?: string;
            Currency?: string;
            /** @description Cusip. */
            Cusip?: string;
            /** Format: int32 */
            Precision?: number;
            /** Format: int32 */
            VolumePrecision?: number;
            /**
             * @description Security internal type;
             * @enum {string}
             */
            SecurityType?: "BankersAcceptance" | "CertificateOfDeposit" | "CollateralizeMortgageObligation" | "CorporateBond" | "CommercialPaper" | "CorporatePrivatePlacement" | "CommonStock" | "FederalHousingAuthority" | "FederalHomeLoan" | "FederalNationalMortgageAssociation" | "ForeignExchangeContract" | "Future" | "GovernmentNationalMortgageAssociation" | "TreasuriesPlusAgencyDebenture" | "MutualFund" | "MortgageInterestOnly" | "MortgagePrincipleOnly" | "MortgagePrivatePlacement" | "MiscellaneousPassThru" | "MunicipalBond" | "NoIsitcSecurityType" | "Option" | "PreferredStock" | "RepurchaseAgreement" | "ReverseRepurchaseAgreement" | "StudentLoanMarketingAssociation" | "TimeDeposit" | "UsTreasuryBill" | "Warrant" | "CatsTigersLions" | "WildcardEntry" | "ConvertibleBond" | "MortgageIoette" | "Index" | "FakeStockForNonStandartOption" | "Right" | "Cryptocurrency" | "ETF" | "DepositoryReceipt" | "CoveredWarrant" | "Unit" | "GovernmentBond";
            /**
             * Format: double
             * @description Quantity. Assigned by client.
             */
            Quantity?: number;
            /**
             * Format: double
             * @description Price (not used for some order types). Assigned by client.
             */
            Price?: number;
            /**
             * Format: double
             * @description Stop price (used for stop orders). Assigned by client.
             */
            StopPrice?: number;
            /** @description Client order id (ClOrdID). Assigned by OMS. */
            ClientId?: string;
            /** @description Client order id (ClOrdID) of parent order in a case of mleg order. */
            ParentClientId?: string;
            /** @description Client order id (ClOrdID). Assigned by OMS. */
            OrigClientId?: string;
            /**
             * Format: double
             * @description Executed quantity. Assigned by executor.
             */
            ExecutedQuantity?: number;
            /**
             * Format: double
             * @description Last quote. Assigned by executor.
             */
            LastPrice?: number;
            /**
             * Format: double
             * @description Last transaction executed quantity. Assigned by executor.
             */
            LastQuantity?: number;
            /**
             * Format: double
             * @description Unfilled quantity. Assigned by executor.
             */
            LeavesQuantity?: number;
            /**
             * Format: double
             * @description Average execution price. Assigned by executor.
             */
            AveragePrice?: number;
            /**
             * @description Side. Assigned by client.
             * @enum {string}
             */
            Side?: "Buy" | "Sell" | "SellShort" | "BuyToCover";
            /**
             * Format: date-time
             * @description Last modification date. Assigned by OMS.
             */
            Date?: string;
            /**
             * Format: date-time
             * @description Last transaction date. Assigned by OMS or executor.
             */
            TransactionDate?: string;
            /**
             * Format: date-time
             * @description date of settlement. Received from execution venue or calculated by OMS, assigned by OMS or executor.
             */
            SettDate?: string;
            /**
             * @description Current order status. Assigned by OMS or executor.
             * @enum {string}
             */
            Status?: "New" | "PartiallyFilled" | "Filled" | "DoneForDay" | "Canceled" | "Replaced" | "PendingCancel" | "Stopped" | "Rejected" | "Suspended" | "PendingNew" | "Calculated" | "Expired" | "AcceptedForBidding" | "PendingReplace" | "Error" | "Held";
            /**
             * @description Last modification status. Assigned by OMS or executor.
             * @enum {string}
             */
            ExecutionStatus?: "New" | "PartiallyFilled" | "Filled" | "DoneForDay" | "Canceled" | "Replaced" | "PendingCancel" | "Stopped" | "Rejected" | "Suspended" | "PendingNew" | "Calculated" | "Expired" | "AcceptedForBidding" | "PendingReplace" | "Error" | "Held";
            /**
             * @description Type. Assigned by client.
             * @enum {string}
             */
            Type?: "Market" | "Limit" | "Stop" | "StopLimit" | "Pegged" | "TrailingStop" | "TrailingStopLimit" | "OneCancelOther" | "OneTriggerOther" | "OneTriggerOneCancelOther" | "External" | "MutualFundsExchange" | "StagingBlotter";
            /**
             * @description Indicate order processing status within OMS. Assigned by OMS.
             * @enum {string}
             */
            RequestStatus?: "RequireValidation" | "Validated" | "Rejected" | "Executing" | "Complete" | "Error";
            /**
             * @description Execution target. Assigned by OMS.
             * @enum {string}
             */
            Target?: "Ignore" | "New" | "Modify" | "Cancel" | "Execution" | "Status" | "CancelReject" | "Reject" | "Error" | "All";
            /** @description Used to indicate reject reason or broker comment. Assigned by executor. */
            Description?: string;
            /** @description Used to decrypt error */
            ErrorDescriptionText?: string;
            /** @description Client side comments. Assigned by client. */
            Comment?: string;
            /**
             * @description Time in force. Assigned by client.
             * @enum {string}
             */
            TimeInForce?: "Day" | "GoodTillCancel" | "AtTheOpening" | "ImmediateOrCancel" | "FillOrKill" | "GoodTillCrossing" | "GoodTillDate" | "AtTheClose" | "GoodTillTime" | "GoodTillCancelPlus" | "GoodTillDatePlus";
            /**
             * @description Execution instruction. Assigned by client.
             * @enum {string}
             */
            ExecInst?: "None" | "CashAmountOrder" | "FullLiquidation" | "DoNotIncrease" | "DoNotReduce" | "AllOrNone";
            /**
             * Format: int64
             * @description Number Execution instruction. Assigned by client.
             */
            ExecInstNum?: number;
            /**
             * Format: date-time
             * @description Expire date. Assigned by client.
             */
            ExpireDate?: string;
            /** @description Executor order id. Assigned by executor. */
            CounterPartyOrderId?: string;
            /**
             * Format: int32
             * @description Account id. Assigned by OMS.
             */
            AccountId?: number;
            /**
             * Format: int32
             * @description User id. Assigned by OMS.
             */
            UserId?: number;
            /**
             * Format: int32
             * @description Request id. Assigned by OMS.
             */
            RequestId?: number;
            /**
             * Format: int32
             * @description State id. Assigned by OMS.
             */
            StateId?: number;
            /**
             * Format: int32
             * @description Parent order id. Assigned by OMS.
             */
            ParentId?: number;
            /** @description Multileg order legs. Assigned by client. */
            Legs?: components["schemas"]["OrderResource"][];
            /** @description Desired exchange. Assigned by client. */
            Exchange?: string;
            /** @description Executor name, to which the order was routed. Assigned by OMS router. */
            ExecutionVenue?: string;
            /**
             * @description Assigned by client.
             * @enum {string}
             */
            TrailingStopAmountType?: "Absolute" | "Persentage";
            /**
             * Format: double
             * @description Assigned by client.
             */
            TrailingStopAmount?: number;
            /**
             * @description Assigned by client.
             * @enum {string}
             */
            TrailingLimitAmountType?: "Absolute" | "Persentage";
            /**
             * Format: double
             * @description Assigned by client.
             */
            TrailingLimitAmount?: number;
            /**
             * Format: date-time
             * @description Creation date. Assigned by OMS.
             */
            CreateDate?: string;
            /**
             * @description Initial type. Assigned by OMS.
             * @enum {string}
             */
            InitialType?: "Market" | "Limit" | "Stop" | "StopLimit" | "Pegged" | "TrailingStop" | "TrailingStopLimit" | "OneCancelOther" | "OneTriggerOther" | "OneTriggerOneCancelOther" | "External" | "MutualFundsExchange" | "StagingBlotter";
            /**
             * @description indicates the extended trading session for GTX order execution (pre-market session, post-market session)
             *     if empty - than there is no specific requirement for extended session
             */
            ExtendedHours?: string;
            /**
             * @description This property indicates that order was accepted from external system and fields like ClientOrderId should be persisted.
             *     It's a hack for orders from MessageAcceptor.
             *     Assigned be client.
             */
            IsExternal?: boolean;
            /** @description Order route name. Assigned by executor. */
            ExecBrocker?: string;
            /** @description Algo order execution instructions. */
            ExecutionInstructions?: {
                [key: string]: string;
            };
            /**
             * @description Execution transaction type.
             * @enum {string}
             */
            TransType?: "New" | "Cancel" | "Correct" | "Status";
            /** @description Execution id. */
            ExecId?: string;
            /** @description Additional identity key (usid in market scanner). */
            Token?: string;
            /**
             * Format: int32
             * @description Flag property indicating validation rules to bypass
             */
            ValidationsToBypass?: number;
            /** Format: int32 */
            ParentRequestId?: number;
            /**
             * Format: date-time
             * @description Date of settlement deal
             */
            SettlementDate?: string;
            /** @description Exchange where order was filled. Assigned by executor. */
            LastMarket?: string;
            /** @enum {string} */
            QuantityQualifier?: "Shares" | "EvenDollar" | "GrossDollar" | "MinusRounding" | "PlusRounding";
            /** Format: int32 */
            ReinvestAction?: number;
            Name?: string;
            UnderlyingSymbol?: string;
            /** Format: int32 */
            UnderlyingId?: number;
            /** Format: double */
            UnderlyingStrike?: number;
            UnderlyingOptionType?: string;
            /** Format: int64 */
            UnderlyingExpirationDate?: number;
            /** @enum {string} */
            UnderlyingExpirationType?: "Regular" | "Quarterly" | "Weekly" | "Flex" | "Undefined" | "Mini" | "NonStandard";
            ContingentDirection?: string;
            ContingentPriceType?: string;
            ContingentThreshold?: string;
            /** Format: int32 */
            ContingentSecurityId?: number;
            ContingentSymbol?: string;
            /** Format: double */
            BrokerServiceCommission?: number;
            LocateRefId?: string;
            ClearingAccount?: string;
            UserName?: string;
            AccountHolderName?: string;
            AccountName?: string;
        };
        /** @description Modify order parameters */
        ModifyOrderResource: {
            /**
             * Format: int32
             * @description Internal order id.
             */
            Id: number;
            /** @description Client order id. */
            ClientId?: string;
            /**
             * @description Type. Assigned by client.
             * @enum {string}
             */
            Type?: "Market" | "Limit" | "Stop" | "StopLimit" | "Pegged" | "TrailingStop" | "TrailingStopLimit" | "OneCancelOther" | "OneTriggerOther" | "OneTriggerOneCancelOther" | "External" | "MutualFundsExchange" | "StagingBlotter";
            /**
             * Format: date-time
             * @description Expire date. Assigned by client.
             */
            ExpireDate?: string;
            /**
             * Format: double
             * @description Quantity. Assigned by client.
             */
            Quantity?: number;
            /**
             * Format: double
             * @description Price (not used for some order types).
             */
            Price?: number;
            /**
             * Format: double
             * @description Stop price (used for stop orders).
             */
            StopPrice?: number;
            /** @enum {string} */
            TrailingStopAmountType?: "Absolute" | "Persentage";
            /** Format: double */
            TrailingStopAmount?: number;
            /** @enum {string} */
            TrailingLimitAmountType?: "Absolute" | "Persentage";
            /** Format: double */
            TrailingLimitAmount?: number;
            /** @description Algo order execution instructions. */
            ExecutionInstructions?: {
                [key: string]: string;
            };
            /**
             * Format: int32
             * @description Flag property indicating validation rules to bypass
             */
            ValidationsToBypass?: number;
            /** @description Client side comments. Assigned by client. */
            Comment?: string;
            /**
             * @description Time in force. Assigned by client.
             * @enum {string}
             */
            TimeInForce?: "Day" | "GoodTillCancel" | "AtTheOpening" | "ImmediateOrCancel" | "FillOrKill" | "GoodTillCrossing" | "GoodTillDate" | "AtTheClose" | "GoodTillTime" | "GoodTillCancelPlus" | "GoodTillDatePlus";
            /**
             * @description indicates the extended trading session for GTX order execution (pre-market session, post-market session)
             *     if empty - than there is no specific requirement for extended session
             */
            ExtendedHours?: string;
            /** @description Order legs */
            Legs?: components["schemas"]["ModifyOrderResource"][];
        };
        OrderDetailsModel: {
            IsRequest?: boolean;
            ExecutionTarget?: string;
            /** Format: int32 */
            UserId?: number;
            Login?: string;
            CounterPartyOrderId?: string;
            ClientId?: string;
            RequestStatus?: string;
            ExecutionStatus?: string;
            /** Format: double */
            LastQuantity?: number;
            OrderStatusDescription?: string;
            ExecId?: string;
            TransType?: string;
            /** Format: int32 */
            ParentRequestId?: number;
            IsCompleted?: boolean;
            LocateRefId?: string;
            /** Format: int32 */
            Id?: number;
            /** Format: int64 */
            ExecInst?: number;
            /** Format: int32 */
            SecurityId?: number;
            /** Format: double */
            LastPrice?: number;
            Symbol?: string;
            Status?: string;
            /** Format: int64 */
            CreateDate?: number;
            /** Format: int64 */
            Date?: number;
            /** Format: int64 */
            TransactionDate?: number;
            /** Format: int64 */
            ExpireDate?: number;
            ExtendedHours?: string;
            Exchange?: string;
            Currency?: string;
            TimeInForce?: string;
            /** Format: double */
            Price?: number;
            /** Format: double */
            StopPrice?: number;
            Type?: string;
            InitialType?: string;
            /** Format: double */
            Quantity?: number;
            TransactionDateText?: string;
            Side?: string;
            Legs?: components["schemas"]["OrderItem"][];
            /** Format: int32 */
            ParentId?: number;
            /** @enum {string} */
            SecurityType?: "BankersAcceptance" | "CertificateOfDeposit" | "CollateralizeMortgageObligation" | "CorporateBond" | "CommercialPaper" | "CorporatePrivatePlacement" | "CommonStock" | "FederalHousingAuthority" | "FederalHomeLoan" | "FederalNationalMortgageAssociation" | "ForeignExchangeContract" | "Future" | "FutureSpread" | "FutureOption" | "GovernmentNationalMortgageAssociation" | "TreasuriesPlusAgencyDebenture" | "MutualFund" | "MortgageInterestOnly" | "MortgagePrincipleOnly" | "MortgagePrivatePlacement" | "MiscellaneousPassThru" | "MunicipalBond" | "NoIsitcSecurityType" | "Option" | "PreferredStock" | "RepurchaseAgreement" | "ReverseRepurchaseAgreement" | "StudentLoanMarketingAssociation" | "TimeDeposit" | "UsTreasuryBill" | "Warrant" | "CatsTigersLions" | "WildcardEntry" | "ConvertibleBond" | "MortgageIoette" | "Index" | "FakeStockForNonStandartOption" | "Right" | "Cryptocurrency" | "ETF" | "DepositoryReceipt" | "CoveredWarrant" | "Unit" | "GovernmentBond";
            Name?: string;
            UnderlyingSymbol?: string;
            /** Format: int32 */
            UnderlyingId?: number;
            /** Format: double */
            UnderlyingStrike?: number;
            UnderlyingOptionType?: string;
            /** Format: int64 */
            UnderlyingExpirationDate?: number;
            /** @enum {string} */
            UnderlyingExpirationType?: "Regular" | "Quarterly" | "Weekly" | "Flex" | "Undefined" | "Mini" | "NonStandard";
            /** Format: double */
            AveragePrice?: number;
            /** Format: double */
            ExecutedQuantity?: number;
            /** Format: double */
            LeavesQuantity?: number;
            TrailingStopAmountType?: string;
            /** Format: double */
            TrailingStopAmount?: number;
            TrailingLimitAmountType?: string;
            /** Format: double */
            TrailingLimitAmount?: number;
            RejectReason?: string;
            ExecutionVenue?: string;
            /** Format: int32 */
            VolumePrecision?: number;
            Comment?: string;
            SignalStrategyName?: string;
            ExecutionRuleName?: string;
            ContingentDirection?: string;
            ContingentPriceType?: string;
            ContingentThreshold?: string;
            /** Format: int32 */
            ContingentSecurityId?: number;
            ContingentSymbol?: string;
            /** Format: int32 */
            StateId?: number;
            /** Format: int32 */
            RequestId?: number;
            /** Format: double */
            BrokerServiceCommission?: number;
            QuantityQualifier?: string;
            /** Format: int32 */
            ReinvestAction?: number;
            ExecutionInstructions?: {
                [key: string]: string;
            };
        };
        OrderItem: {
            /** Format: int32 */
            Id?: number;
            /** Format: int64 */
            ExecInst?: number;
            /** Format: int32 */
            SecurityId?: number;
            /** Format: double */
            LastPrice?: number;
            Symbol?: string;
            Status?: string;
            /** Format: int64 */
            CreateDate?: number;
            /** Format: int64 */
            Date?: number;
            /** Format: int64 */
            TransactionDate?: number;
            /** Format: int64 */
            ExpireDate?: number;
            ExtendedHours?: string;
            Exchange?: string;
            Currency?: string;
            TimeInForce?: string;
            /** Format: double */
            Price?: number;
            /** Format: double */
            StopPrice?: number;
            Type?: string;
            InitialType?: string;
            /** Format: double */
            Quantity?: number;
            TransactionDateText?: string;
            Side?: string;
            Legs?: components["schemas"]["OrderItem"][];
            /** Format: int32 */
            ParentId?: number;
            /** @enum {string} */
            SecurityType?: "BankersAcceptance" | "CertificateOfDeposit" | "CollateralizeMortgageObligation" | "CorporateBond" | "CommercialPaper" | "CorporatePrivatePlacement" | "CommonStock" | "FederalHousingAuthority" | "FederalHomeLoan" | "FederalNationalMortgageAssociation" | "ForeignExchangeContract" | "Future" | "FutureSpread" | "FutureOption" | "GovernmentNationalMortgageAssociation" | "TreasuriesPlusAgencyDebenture" | "MutualFund" | "MortgageInterestOnly" | "MortgagePrincipleOnly" | "MortgagePrivatePlacement" | "MiscellaneousPassThru" | "MunicipalBond" | "NoIsitcSecurityType" | "Option" | "PreferredStock" | "RepurchaseAgreement" | "ReverseRepurchaseAgreement" | "StudentLoanMarketingAssociation" | "TimeDeposit" | "UsTreasuryBill" | "Warrant" | "CatsTigersLions" | "WildcardEntry" | "ConvertibleBond" | "MortgageIoette" | "Index" | "FakeStockForNonStandartOption" | "Right" | "Cryptocurrency" | "ETF" | "DepositoryReceipt" | "CoveredWarrant" | "Unit" | "GovernmentBond";
            Name?: string;
            UnderlyingSymbol?: string;
            /** Format: int32 */
            UnderlyingId?: number;
            /** Format: double */
            UnderlyingStrike?: number;
            UnderlyingOptionType?: string;
            /** Format: int64 */
            UnderlyingExpirationDate?: number;
            /** @enum {string} */
            UnderlyingExpirationType?: "Regular" | "Quarterly" | "Weekly" | "Flex" | "Undefined" | "Mini" | "NonStandard";
            /** Format: double */
            AveragePrice?: number;
            /** Format: double */
            ExecutedQuantity?: number;
            /** Format: double */
            LeavesQuantity?: number;
            TrailingStopAmountType?: string;
            /** Format: double */
            TrailingStopAmount?: number;
            TrailingLimitAmountType?: string;
            /** Format: double */
            TrailingLimitAmount?: number;
            RejectReason?: string;
            ExecutionVenue?: string;
            /** Format: int32 */
            VolumePrecision?: number;
            Comment?: string;
            SignalStrategyName?: string;
            ExecutionRuleName?: string;
            ContingentDirection?: string;
            ContingentPriceType?: string;
            ContingentThreshold?: string;
            /** Format: int32 */
            ContingentSecurityId?: number;
            ContingentSymbol?: string;
            /** Format: int32 */
            StateId?: number;
            /** Format: int32 */
            RequestId?: number;
            /** Format: double */
            BrokerServiceCommission?: number;
            LocateRefId?: string;
            QuantityQualifier?: string;
            /** Format: int32 */
            ReinvestAction?: number;
            ExecutionInstructions?: {
                [key: string]: string;
            };
        };
        OrderVerifiedResource: {
            /** Format: double */
            CurrencyRate?: number;
            BasketCurrencyRates?: string;
            /** Format: double */
            MaximumCommission?: number;
            /** Format: double */
            MinimumCommission?: number;
            /** Format: int32 */
            OrderId?: number;
            /** @description The commission of the order. */
            Commissions?: {
                [key: string]: number;
            };
            /** @description The commission of the order. */
            CommissionRates?: {
                [key: string]: number;
            };
            /** @description Result. */
            IsSuccessful?: boolean;
            /** @description Error description. */
            ErrorDescription?: string;
            /** @description Error description text. */
            ErrorDescriptionText?: string;
            /** @description Error description arguments. */
            ErrorDescriptionArgs?: string[];
            /**
             * Format: double
             * @description The commission of the order.
             */
            Commission?: number;
            /**
             * Format: double
             * @description The cost of the order.
             */
            Cost?: number;
            /**
             * Format: double
             * @description The net cost of the order.
             */
            NetCost?: number;
            /**
             * Format: double
             * @description The total cost of the order.
             */
            TotalCost?: number;
            /** @description Order validation quotes. */
            Quotes?: components["schemas"]["QuoteModel"][];
            /**
             * Format: double
             * @description Expected margin value changed.
             */
            MarginChange?: number;
            /** Format: double */
            InitialMarginRate?: number;
            /** Format: double */
            MaintenanceMarginRate?: number;
            /** Format: double */
            MarginRate?: number;
        };
        QuoteModel: {
            /** Format: double */
            Ask?: number;
            /** Format: double */
            Bid?: number;
            /** Format: double */
            Last?: number;
            /** Format: double */
            Volume?: number;
            /** Format: double */
            OpenInterest?: number;
            Symbol?: string;
            /** Format: int32 */
            SecurityId?: number;
            /** Format: date-time */
            Timestamp?: string;
            /** Format: int32 */
            QuoteTypes?: number;
            /** Format: double */
            Mark?: number;
            /** Format: double */
            Price?: number;
            /** Format: int32 */
            Key?: number;
            /** Format: date-time */
            Date?: string;
            /** Format: double */
            High?: number;
            /** Format: double */
            Low?: number;
            /** Format: double */
            Open?: number;
            /** Format: double */
            Close?: number;
            /** Format: double */
            Change?: number;
            /** Format: double */
            ChangePc?: number;
            /** Format: double */
            Week52Low?: number;
            /** Format: double */
            Week52High?: number;
            /** Format: double */
            TotalDailyVolume?: number;
            /** Format: double */
            AskSize?: number;
            /** Format: double */
            BidSize?: number;
            /** Format: double */
            PreviousClose?: number;
            IsHalted?: boolean;
            BidExchange?: string;
            AskExchange?: string;
            LastExchange?: string;
            Channel?: string;
        };
        OrderLimits: {
            /** Format: double */
            BuyPrice?: number;
            /** Format: double */
            SellPrice?: number;
            /** Format: double */
            BuyLimit?: number;
            /** Format: double */
            SellLimit?: number;
            /** Format: int32 */
            AccountId?: number;
            Symbol?: string;
        };
        CreateOrderResource: {
            /** @description Security symbol. */
            Symbol?: string;
            /** @description Client order id. */
            ClientId?: string;
            /**
             * Format: date-time
             * @description Expire date. Assigned by client.
             */
            ExpireDate?: string;
            /**
             * @description Type. Assigned by client.
             * @enum {string}
             */
            Type?: "Market" | "Limit" | "Stop" | "StopLimit" | "Pegged" | "TrailingStop" | "TrailingStopLimit" | "OneCancelOther" | "OneTriggerOther" | "OneTriggerOneCancelOther" | "External" | "MutualFundsExchange" | "StagingBlotter";
            /**
             * @description Client side comments.
             * @enum {string}
             */
            Side?: "Buy" | "Sell" | "SellShort" | "BuyToCover";
            /** @description Client comment. */
            Comment?: string;
            /**
             * @description Execution instruction.
             * @enum {string}
             */
            ExecInst?: "None" | "CashAmountOrder" | "FullLiquidation" | "DoNotIncrease" | "DoNotReduce" | "AllOrNone";
            /**
             * @description Time in force.
             * @enum {string}
             */
            TimeInforce?: "Day" | "GoodTillCancel" | "AtTheOpening" | "ImmediateOrCancel" | "FillOrKill" | "GoodTillCrossing" | "GoodTillDate" | "AtTheClose" | "GoodTillTime" | "GoodTillCancelPlus" | "GoodTillDatePlus";
            /**
             * Format: double
             * @description Quantity. Assigned by client.
             */
            Quantity?: number;
            /**
             * Format: double
             * @description Price (not used for some order types).
             */
            Price?: number;
            /**
             * Format: double
             * @description Stop price (used for stop orders).
             */
            StopPrice?: number;
            /** @description Desired exchange. */
            Exchange?: string;
            /** @enum {string} */
            TrailingStopAmountType?: "Absolute" | "Persentage";
            /** Format: double */
            TrailingStopAmount?: number;
            /** @enum {string} */
            TrailingLimitAmountType?: "Absolute" | "Persentage";
            /** Format: double */
            TrailingLimitAmount?: number;
            /**
             * @description indicates the extended trading session for GTX order execution (pre-market session, post-market session)
             *     if empty - than there is no specific requirement for extended session
             */
            ExtendedHours?: string;
            /** @description Additional identity key (usid in market scanner). */
            Token?: string;
            /** @description Algo order execution instructions. */
            ExecutionInstructions?: {
                [key: string]: string;
            };
            /**
             * Format: int32
             * @description Flag property indicating validation rules to bypass
             */
            ValidationsToBypass?: number;
            /** @description Order legs */
            Legs?: components["schemas"]["CreateOrderResource"][];
            /** Format: int32 */
            ParentId?: number;
        };
        ConsolidatedQueryDto: {
            AccountIds?: number[];
            /** Format: int32 */
            PageNumber?: number;
            /** Format: int32 */
            PageSize?: number;
            SortField?: string;
            Desc?: boolean;
        };
        OrderPreviewResource: {
            /** Format: double */
            CurrencyRate?: number;
            BasketCurrencyRates?: string;
            /** Format: double */
            MaximumCommission?: number;
            /** Format: double */
            MinimumCommission?: number;
            /** @description The commission of the order. */
            Commissions?: {
                [key: string]: number;
            };
            /** @description The commission of the order. */
            CommissionRates?: {
                [key: string]: number;
            };
            /** @description Result. */
            IsSuccessful?: boolean;
            /** @description Error description. */
            ErrorDescription?: string;
            /** @description Error description text. */
            ErrorDescriptionText?: string;
            /** @description Error description arguments. */
            ErrorDescriptionArgs?: string[];
            /**
             * Format: double
             * @description The commission of the order.
             */
            Commission?: number;
            /**
             * Format: double
             * @description The cost of the order.
             */
            Cost?: number;
            /**
             * Format: double
             * @description The net cost of the order.
             */
            NetCost?: number;
            /**
             * Format: double
             * @description The total cost of the order.
             */
            TotalCost?: number;
            /** @description Order validation quotes. */
            Quotes?: components["schemas"]["QuoteModel"][];
            /**
             * Format: double
             * @description Expected margin value changed.
             */
            MarginChange?: number;
            /** Format: double */
            InitialMarginRate?: number;
            /** Format: double */
            MaintenanceMarginRate?: number;
            /** Format: double */
            MarginRate?: number;
        };
        OrderForReviewResource: {
            ClearingAccount?: string;
            User?: string;
            Reviewer?: string;
            /** Format: int32 */
            Id?: number;
            /** Format: int64 */
            ExecInst?: number;
            /** Format: int32 */
            SecurityId?: number;
            /** Format: double */
            LastPrice?: number;
            Symbol?: string;
            Status?: string;
            /** Format: int64 */
            CreateDate?: number;
            /** Format: int64 */
            Date?: number;
            /** Format: int64 */
            TransactionDate?: number;
            /** Format: int64 */
            ExpireDate?: number;
            ExtendedHours?: string;
            Exchange?: string;
            Currency?: string;
            TimeInForce?: string;
            /** Format: double */
            Price?: number;
            /** Format: double */
            StopPrice?: number;
            Type?: string;
            InitialType?: string;
            /** Format: double */
            Quantity?: number;
            TransactionDateText?: string;
            Side?: string;
            Legs?: components["schemas"]["OrderItem"][];
            /** Format: int32 */
            ParentId?: number;
            /** @enum {string} */
            SecurityType?: "BankersAcceptance" | "CertificateOfDeposit" | "CollateralizeMortgageObligation" | "CorporateBond" | "CommercialPaper" | "CorporatePrivatePlacement" | "CommonStock" | "FederalHousingAuthority" | "FederalHomeLoan" | "FederalNationalMortgageAssociation" | "ForeignExchangeContract" | "Future" | "FutureSpread" | "FutureOption" | "GovernmentNationalMortgageAssociation" | "TreasuriesPlusAgencyDebenture" | "MutualFund" | "MortgageInterestOnly" | "MortgagePrincipleOnly" | "MortgagePrivatePlacement" | "MiscellaneousPassThru" | "MunicipalBond" | "NoIsitcSecurityType" | "Option" | "PreferredStock" | "RepurchaseAgreement" | "ReverseRepurchaseAgreement" | "StudentLoanMarketingAssociation" | "TimeDeposit" | "UsTreasuryBill" | "Warrant" | "CatsTigersLions" | "WildcardEntry" | "ConvertibleBond" | "MortgageIoette" | "Index" | "FakeStockForNonStandartOption" | "Right" | "Cryptocurrency" | "ETF" | "DepositoryReceipt" | "CoveredWarrant" | "Unit" | "GovernmentBond";
            Name?: string;
            UnderlyingSymbol?: string;
            /** Format: int32 */
            UnderlyingId?: number;
            /** Format: double */
            UnderlyingStrike?: number;
            UnderlyingOptionType?: string;
            /** Format: int64 */
            UnderlyingExpirationDate?: number;
            /** @enum {string} */
            UnderlyingExpirationType?: "Regular" | "Quarterly" | "Weekly" | "Flex" | "Undefined" | "Mini" | "NonStandard";
            /** Format: double */
            AveragePrice?: number;
            /** Format: double */
            ExecutedQuantity?: number;
            /** Format: double */
            LeavesQuantity?: number;
            TrailingStopAmountType?: string;
            /** Format: double */
            TrailingStopAmount?: number;
            TrailingLimitAmountType?: string;
            /** Format: double */
            TrailingLimitAmount?: number;
            RejectReason?: string;
            ExecutionVenue?: string;
            /** Format: int32 */
            VolumePrecision?: number;
            Comment?: string;
            SignalStrategyName?: string;
            ExecutionRuleName?: string;
            ContingentDirection?: string;
            ContingentPriceType?: string;
            ContingentThreshold?: string;
            /** Format: int32 */
            ContingentSecurityId?: number;
            ContingentSymbol?: string;
            /** Format: int32 */
            StateId?: number;
            /** Format: int32 */
            RequestId?: number;
            /** Format: double */
            BrokerServiceCommission?: number;
            LocateRefId?: string;
            QuantityQualifier?: string;
            /** Format: int32 */
            ReinvestAction?: number;
            ExecutionInstructions?: {
                [key: string]: string;
            };
        };
        IOrder: {
            /** Format: int32 */
            Id?: number;
            /** Format: int32 */
            SecurityId?: number;
            /** Format: double */
            Quantity?: number;
            /** Format: double */
            Price?: number;
            /** Format: double */
            StopPrice?: number;
            ClientId?: string;
            ParentClientId?: string;
            OrigClientId?: string;
            /** Format: double */
            ExecutedQuantity?: number;
            /** Format: double */
            LastPrice?: number;
            /** Format: double */
            LastQuantity?: number;
            /** Format: double */
            LeavesQuantity?: number;
            /** Format: double */
            AveragePrice?: number;
            /** @enum {string} */
            Side?: "Buy" | "Sell" | "SellShort" | "BuyToCover";
            /** Format: date-time */
            Date?: string;
            /** Format: date-time */
            TransactionDate?: string;
            /** Format: date-time */
            SettDate?: string;
            /** @enum {string} */
            Status?: "New" | "PartiallyFilled" | "Filled" | "DoneForDay" | "Canceled" | "Replaced" | "PendingCancel" | "Stopped" | "Rejected" | "Suspended" | "PendingNew" | "Calculated" | "Expired" | "AcceptedForBidding" | "PendingReplace" | "Error" | "Held";
            /** @enum {string} */
            ExecutionStatus?: "New" | "PartiallyFilled" | "Filled" | "DoneForDay" | "Canceled" | "Replaced" | "PendingCancel" | "Stopped" | "Rejected" | "Suspended" | "PendingNew" | "Calculated" | "Expired" | "AcceptedForBidding" | "PendingReplace" | "Error" | "Held";
            /** @enum {string} */
            Type?: "Market" | "Limit" | "Stop" | "StopLimit" | "Pegged" | "TrailingStop" | "TrailingStopLimit" | "OneCancelOther" | "OneTriggerOther" | "OneTriggerOneCancelOther" | "External" | "MutualFundsExchange" | "StagingBlotter";
            /** @enum {string} */
            RequestStatus?: "RequireValidation" | "Validated" | "Rejected" | "Executing" | "Complete" | "Error";
            /** @enum {string} */
            Target?: "Ignore" | "New" | "Modify" | "Cancel" | "Execution" | "Status" | "CancelReject" | "Reject" | "Error" | "All";
            Description?: string;
            Comment?: string;
            /** @enum {string} */
            TimeInForce?: "Day" | "GoodTillCancel" | "AtTheOpening" | "ImmediateOrCancel" | "FillOrKill" | "GoodTillCrossing" | "GoodTillDate" | "AtTheClose" | "GoodTillTime" | "GoodTillCancelPlus" | "GoodTillDatePlus";
            /** @enum {string} */
            ExecInst?: "None" | "CashAmountOrder" | "FullLiquidation" | "NotHeld" | "Held" | "DoNotIncrease" | "DoNotReduce" | "AllOrNone";
            /** Format: date-time */
            ExpireDate?: string;
            CounterPartyOrderId?: string;
            /** Format: int32 */
            AccountId?: number;
            /** Format: int32 */
            UserId?: number;
            /** Format: int32 */
            CreatedByUserId?: number;
            /** Format: int32 */
            RequestId?: number;
            /** Format: int32 */
            StateId?: number;
            /** Format: int32 */
            ParentId?: number;
            readonly Legs?: components["schemas"]["IOrder"][];
            Exchange?: string;
            ExecutionVenue?: string;
            /** @enum {string} */
            TrailingStopAmountType?: "Absolute" | "Persentage";
            /** Format: double */
            TrailingStopAmount?: number;
            /** @enum {string} */
            TrailingLimitAmountType?: "Absolute" | "Persentage";
            /** Format: double */
            TrailingLimitAmount?: number;
            /** Format: date-time */
            CreateDate?: string;
            /** @enum {string} */
            InitialType?: "Market" | "Limit" | "Stop" | "StopLimit" | "Pegged" | "TrailingStop" | "TrailingStopLimit" | "OneCancelOther" | "OneTriggerOther" | "OneTriggerOneCancelOther" | "External" | "MutualFundsExchange" | "StagingBlotter";
            ExtendedHours?: string;
            IsExternal?: boolean;
            ExecBrocker?: string;
            ExecutionInstructions?: {
                [key: string]: string;
            };
            /** @enum {string} */
            TransType?: "New" | "Cancel" | "Correct" | "Status";
            ExecId?: string;
            Token?: string;
            /** Format: int32 */
            ValidationsToBypass?: number;
            /** Format: int32 */
            ParentRequestId?: number;
            /** Format: date-time */
            SettlementDate?: string;
            LastMarket?: string;
            /** @enum {string} */
            PlacementType?: "User" | "Oms" | "Foreign" | "Allocation";
            LocateRefId?: string;
            /** @enum {string} */
            QuantityQualifier?: "Shares" | "EvenDollar" | "GrossDollar" | "MinusRounding" | "PlusRounding";
            /** @enum {string} */
            ReinvestAction?: "NotSet" | "ReinvestDividends" | "ReinvestShortTermGains" | "ReinvestLongTermGains";
            readonly IsMultileg?: boolean;
            /** @enum {string} */
            AccountHolderType?: "UnSpecified" | "Primary" | "Additional" | "SecondAdditional" | "Minor" | "Beneficiary" | "PrimaryAuthorized" | "AdditionalAuthorizedOne" | "AdditionalAuthorizedTwo" | "AdditionalAuthorizedThree" | "AdditionalAuthorizedFour" | "AdditionalAuthorizedFive";
            FirstName?: string;
            MiddleName?: string;
            LastName?: string;
            ClearingAccount?: string;
            UserFirstName?: string;
            UserLastName?: string;
            UserMiddle?: string;
            /** @enum {string} */
            OwnerType?: "IndividualCustomer" | "InstitutionalCustomer" | "Combined" | "EmployeeAccount" | "MarketMaking" | "OtherProprietary" | "Unknown" | "ErrorAccount" | "Joint" | "ForeignIndividual" | "IRA" | "MoneyPurchaseOrProfitSharing" | "CommunityPropertyAccount" | "CustodialAccount" | "CorporateAccount" | "GuardianAccount" | "InvestmentClubAccount" | "JointTenantsRightsOfSurvivorship" | "JointTenantsInCommon" | "PartnershipAccount" | "RetirementAccount" | "SoleProprietor" | "TrustAccount" | "InvestmentClub" | "JointTenantsByEntirety" | "EstateAccount" | "ResidentAlienAccount" | "TransferOnDeathAccount" | "NonProfitAccount" | "DVPAccount" | "IRA_Simple" | "IRA_Traditional" | "IRA_Roth" | "IRA_Sep" | "IRA_Beneficiary" | "LimitedLiabilityCo" | "Broker";
            /** Format: int32 */
            SecNum?: number;
        };
        PlaidDataResource: {
            Environment?: string;
            Token?: string;
            PlaidAllowed?: boolean;
        };
        PlaidLogEntry: {
            EventName?: string;
            LinkSessionId?: string;
            /** Format: int32 */
            AccountId?: number;
        };
        AssetManager: {
            /** Format: int32 */
            UserId?: number;
            Name?: string;
        };
        Contact: {
            /** Format: int32 */
            UserId?: number;
            FirstName?: string;
            LastName?: string;
            PhoneNumber?: string;
            EmailAddress?: string;
            TimeZone?: string;
        };
        Portfolio: {
            /** Format: int32 */
            Version?: number;
            /** Format: int32 */
            AccountId?: number;
            RiskTolerance?: string;
            /** Format: int32 */
            ModelId?: number;
            /** Format: int32 */
            AdvisorId?: number;
            /** Format: date-time */
            LastRebalancedAt?: string;
            /** Format: date-time */
            ChangedModelAt?: string;
            /** Format: date-time */
            ChangedAdvisorAt?: string;
        };
        PortfolioModel: {
            Portfolio?: components["schemas"]["Portfolio"];
            Model?: components["schemas"]["Model"];
        };
        PortfolioExtended: {
            /** Format: int32 */
            AccountId?: number;
            ClearingNumber?: string;
            readonly AccountDescription?: string;
            AccountFullName?: string;
            /** @enum {string} */
            AccountTypeId?: "UnSpecified" | "Individual" | "Joint" | "UgmaUtma" | "Entity" | "Trust" | "Ira";
            AccountRiskTolerance?: string;
            /** Format: date-time */
            LastRebalancedAt?: string;
            /** Format: date-time */
            ChangedModelAt?: string;
            /** Format: date-time */
            ChangedAdvisorAt?: string;
            /** Format: int32 */
            ModelId?: number;
            /** Format: int32 */
            AdvisorId?: number;
            ModelName?: string;
            ModelRiskLevel?: string;
            AdvisorName?: string;
            /** Format: double */
            CashValue?: number;
            /** Format: double */
            MarketValue?: number;
        };
        AccountToAssetManager: {
            /** Format: int32 */
            AccountId?: number;
            /** Format: int32 */
            UserId?: number;
        };
        AccountInfo: {
            /** Format: int32 */
            AccountId?: number;
            ClearingId?: string;
        };
        PortflioCalculated: {
            /** Format: int32 */
            SecurityId?: number;
            Symbol?: string;
            Currency?: string;
            /** Format: double */
            TargetPercentage?: number;
            /** Format: double */
            MarketValue?: number;
            /** Format: double */
            ActualPercentage?: number;
            /** Format: double */
            readonly Diff?: number;
            /** Format: double */
            readonly DiffPercentage?: number;
        };
        PositionLotResource: {
            /** Format: int32 */
            Id?: number;
            /** Format: int32 */
            AccountId?: number;
            ClearingAccount?: string;
            Symbol?: string;
            Cusip?: string;
            /** Format: int32 */
            SecurityId?: number;
            /** Format: double */
            Quantity?: number;
            /** Format: date-time */
            CreateDate?: string;
            /** Format: date-time */
            ModifyDate?: string;
            /** Format: double */
            AverageOpenPrice?: number;
            /** Format: double */
            AverageClosePrice?: number;
            /** Format: double */
            MaxQuantity?: number;
            /** Format: double */
            Unsettled?: number;
            /** Format: date-time */
            UnsettledDate?: string;
            /** @enum {string} */
            MarginType?: "Empty" | "Cash" | "Margin" | "Dividend" | "LegalTransfer" | "Short" | "Grant" | "FPLCashCollateral" | "ESPPRSU" | "DVPRVP";
            Currency?: string;
            SecurityType?: string;
            /** Format: int32 */
            Precision?: number;
            UnderlyingSecuritySymbol?: string;
            /** Format: double */
            ContractSize?: number;
            Closed?: boolean;
            /** Format: double */
            CostBasis?: number;
            /** Format: int32 */
            UnderlyingId?: number;
            UnderlyingOptionType?: string;
            /** Format: int64 */
            UnderlyingExpirationDate?: number;
            /** @enum {string} */
            UnderlyingExpirationType?: "Regular" | "Quarterly" | "Weekly" | "Flex" | "Undefined" | "Mini" | "NonStandard";
            /** Format: double */
            UnderlyingStrike?: number;
        };
        CreatePositionLot: {
            /** Format: int32 */
            SecurityId?: number;
            /** Format: int32 */
            AccountId?: number;
            /** Format: double */
            Quantity?: number;
            /** Format: double */
            AverageOpenPrice?: number;
            /** @enum {string} */
            MarginType?: "Empty" | "Cash" | "Margin" | "Dividend" | "LegalTransfer" | "Short" | "Grant" | "FPLCashCollateral" | "ESPPRSU" | "DVPRVP";
        };
        UpdatePositionLot: {
            /** Format: double */
            Quantity?: number;
            /** Format: double */
            AverageOpenPrice?: number;
            /** @enum {string} */
            MarginType?: "Empty" | "Cash" | "Margin" | "Dividend" | "LegalTransfer" | "Short" | "Grant" | "FPLCashCollateral" | "ESPPRSU" | "DVPRVP";
            Closed?: boolean;
        };
        GroupPositionsResource: {
            Name?: string;
            /** Format: double */
            MarketValue?: number;
        };
        PositionResource: {
            /** Format: int32 */
            Id?: number;
            /** Format: int32 */
            AccountId?: number;
            /** Format: int32 */
            SecurityId?: number;
            Symbol?: string;
            Name?: string;
            CompanyName?: string;
            SecurityCurrency?: string;
            SecurityType?: string;
            /** Format: double */
            ContractSize?: number;
            /** Format: double */
            CostBasis?: number;
            /** Format: double */
            DailyCostBasis?: number;
            /** Format: date-time */
            CreateDate?: string;
            /** Format: date-time */
            ModifyDate?: string;
            /** Format: double */
            Quantity?: number;
            /** Format: double */
            RealizedProfitLoss?: number;
            /** Format: double */
            AverageOpenPrice?: number;
            /** Format: double */
            AverageClosePrice?: number;
            /** Format: double */
            StopLossPrice?: number;
            /** Format: double */
            TakeProfitPrice?: number;
            /** Format: double */
            DailyCloseProfitLoss?: number;
            /** Format: double */
            ExcessChanges?: number;
            /** Format: double */
            DayQuantity?: number;
            /** Format: double */
            MarketValueEOD?: number;
            /** Format: double */
            EODPrice?: number;
            /** Format: double */
            OpenQuantity?: number;
            /** @enum {string} */
            MarginType?: "Empty" | "Cash" | "Margin" | "Dividend" | "LegalTransfer" | "Short" | "Grant" | "FPLCashCollateral" | "ESPPRSU" | "DVPRVP";
            UnderlyingSymbol?: string;
            UnderlyingOptionType?: string;
            /** Format: int64 */
            UnderlyingExpirationDate?: number;
            /** @enum {string} */
            UnderlyingExpirationType?: "Regular" | "Quarterly" | "Weekly" | "Flex" | "Undefined" | "Mini" | "NonStandard";
            /** Format: int32 */
            UnderlyingId?: number;
            /** Format: double */
            UnderlyingStrike?: number;
            /** Format: double */
            TickSize?: number;
            /** Format: int32 */
            VolumePrecision?: number;
            ClearingAccount?: string;
            AccountHolderName?: string;
            /** Format: double */
            LoanedQuantity?: number;
            /** Format: double */
            UnrealizedProfitLoss?: number;
            AccountName?: string;
            Currency?: string;
            Cusip?: string;
        };
        /** @description Price alert info */
        PriceAlertInfoModel: {
            /**
             * Format: int32
             * @description Internal price alert identifier
             */
            Id?: number;
            /**
             * @description Target alert state
             * @enum {string}
             */
            State?: "New" | "Expired" | "Completed" | "Stopped";
            /**
             * Format: int64
             * @description Created Date
             */
            CreatedDate?: number;
            /** @description Alert trigger operator */
            Operator?: string;
            /**
             * Format: int32
             * @description Alert trigger security id
             */
            SecurityId?: number;
            /** @description Symbol */
            Symbol?: string;
            /** @description Alert type */
            Field?: string;
            /**
             * Format: double
             * @description Trigger value
             */
            Argument?: number;
            /**
             * Format: int64
             * @description Expiration date
             */
            ExpirationDate?: number;
        };
        /** @description Editable price alert */
        PriceAlertEditableModel: {
            /** @description Alert trigger operator */
            Operator: string;
            /**
             * @description Target alert state
             * @enum {string}
             */
            State?: "New" | "Expired" | "Completed" | "Stopped";
            /**
             * Format: int32
             * @description Alert trigger security id
             */
            SecurityId?: number;
            /** @description Alert type */
            Field: string;
            /**
             * Format: double
             * @description Trigger value
             */
            Argument?: number;
            /**
             * Format: int64
             * @description Expiration date
             */
            ExpirationDate: number;
        };
        FreeUpCommand: {
            /** Format: int32 */
            WithdrawalCashValue?: number;
            AccountIds?: number[];
        };
        FollowOnCommand: {
            /** Format: int32 */
            FollowOnAmount?: number;
            AccountIds?: number[];
        };
        RebalanceCommand: {
            AccountIds?: number[];
        };
        CompleteRequest: {
            sessionModel?: components["schemas"]["SessionModel"];
            positions?: components["schemas"]["CompletePosition"][];
            tenantId?: string;
        };
        SessionModel: {
            Id?: string;
            /** Format: int32 */
            AverageBuyAccountId?: number;
            /** Format: int32 */
            AverageSellAccountId?: number;
            /** Format: int32 */
            InventoryAccountId?: number;
            /** Format: int32 */
            ModelId?: number;
        };
        CompletePosition: {
            /** Format: int32 */
            AccountId?: number;
            /** Format: int32 */
            SecurityId?: number;
            OrderType?: string;
            /** Format: double */
            ExpectedQuantity?: number;
        };
        ValidateRequest: {
            positions?: components["schemas"]["ValidatePosition"][];
            /** Format: int32 */
            averageBuyAccountId?: number;
            /** Format: int32 */
            averageSellAccountId?: number;
            tenantId?: string;
        };
        ValidatePosition: {
            /** Format: double */
            ExpectedQuantity?: number;
            /** Format: int32 */
            SecurityId?: number;
            OrderType?: string;
        };
        RegistrationUnitSchema: {
            UnitName?: string;
            Fields?: components["schemas"]["RegistrationSchemaUnitField"][];
        };
        RegistrationSchemaUnitField: {
            FieldName?: string;
            Required?: boolean;
            Options?: string[];
            OptionsWithId?: {
                [key: string]: string;
            };
        };
        RegistrationRequest: {
            Credentials?: components["schemas"]["Credentials"];
            Address?: components["schemas"]["Address"];
            City?: components["schemas"]["City"];
            Location?: components["schemas"]["Location"];
            Name?: components["schemas"]["Name"];
            PostalCode?: components["schemas"]["PostalCode"];
            PrimaryPhone?: components["schemas"]["PrimaryPhone"];
            SecondaryPhone?: components["schemas"]["SecondaryPhone"];
            SecretQuestion?: components["schemas"]["SecretQuestion"];
            Employer?: components["schemas"]["Employer"];
        };
        Credentials: {
            Login?: string;
            Email?: string;
            Password?: string;
        };
        Address: {
            AddressFirst?: string;
            AddressSecond?: string;
        };
        City: {
            CityName?: string;
        };
        Location: {
            Country?: string;
            /** @enum {string} */
            State?: "Unknown" | "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "PR";
        };
        Name: {
            FirstName?: string;
            LastName?: string;
            MiddleName?: string;
            /** @enum {string} */
            Suffix?: "NoSuffix" | "Jr" | "Sr" | "Second" | "Third" | "Fourth";
        };
        PostalCode: {
            Code?: string;
        };
        PrimaryPhone: {
            PhoneNumber?: string;
        };
        SecondaryPhone: {
            PhoneNumber?: string;
        };
        SecretQuestion: {
            /** Format: int32 */
            Id?: number;
            Answer?: string;
        };
        Employer: {
            Address?: string;
            City?: string;
            CountryCode?: string;
            Functions?: string;
            Name?: string;
            StateCode?: string;
            Title?: string;
            ZipCode?: string;
            Occupation?: string;
        };
        UserInfoModel: {
            /** Format: int32 */
            UserId?: number;
            FirstName?: string;
            MiddleName?: string;
            LastName?: string;
            Login?: string;
            Email?: string;
            /** Format: int32 */
            Role?: number;
            /** Format: date-time */
            AddedDate?: string;
            /** @enum {string} */
            Salutation?: "NoSalutation" | "Mr" | "Mrs" | "Ms" | "Dr" | "Sir" | "Madam";
            /** @enum {string} */
            Suffix?: "NoSuffix" | "Jr" | "Sr" | "Second" | "Third" | "Fourth";
            /** Format: date-time */
            DateOfBirth?: string;
        };
        RegistrationFailed: {
            Errors?: string[];
            /** @enum {string} */
            Reason?: "UserManagerRules" | "PolicyFail" | "SchemaValidationFail" | "InternalFail";
        };
        TimeZoneInfoItem: {
            name?: string;
            ianaId?: string;
            description?: string;
        };
        LanguageSettings: {
            Name?: string;
            Code?: string;
            Image?: string;
            Enabled?: boolean;
        };
        RoboadvisorWhitelabelInfo: {
            Title?: string;
            Footer?: string;
            HelpLink?: string;
            Icon?: components["schemas"]["IFileUpload"];
            Logo?: components["schemas"]["IFileUpload"];
            HorizontalAdv?: string;
            VerticalAdv?: string;
        };
        IFileUpload: {
            /** Format: int32 */
            Id?: number;
            FileKey?: string;
            FileName?: string;
            /** @enum {string} */
            Type?: "Other" | "ImageJpeg" | "ImageGif" | "ImagePng" | "ImageBitmap" | "ImageIco" | "TextHtml" | "TextPlain" | "VideoMpeg" | "VideoQuicktime";
            /** Format: date-time */
            Timestamp?: string;
            /** Format: byte */
            Data?: string;
        };
        KeycloakWhitelabelInfo: {
            Logo?: components["schemas"]["IFileUpload"];
            Favicon?: components["schemas"]["IFileUpload"];
            Title?: string;
            Footer?: string;
            HorizontalAdv?: string;
            VerticalAdv?: string;
        };
        OptionResource: {
            /** Format: int32 */
            Id?: number;
            Symbol?: string;
            Name?: string;
            Description?: string;
            Exchange?: string;
            Currency?: string;
            /** Format: date-time */
            AddedDate?: string;
            /** Format: date-time */
            ModifyDate?: string;
            /** @enum {string} */
            Type?: "BankersAcceptance" | "CertificateOfDeposit" | "CollateralizeMortgageObligation" | "CorporateBond" | "CommercialPaper" | "CorporatePrivatePlacement" | "CommonStock" | "FederalHousingAuthority" | "FederalHomeLoan" | "FederalNationalMortgageAssociation" | "ForeignExchangeContract" | "Future" | "GovernmentNationalMortgageAssociation" | "TreasuriesPlusAgencyDebenture" | "MutualFund" | "MortgageInterestOnly" | "MortgagePrincipleOnly" | "MortgagePrivatePlacement" | "MiscellaneousPassThru" | "MunicipalBond" | "NoIsitcSecurityType" | "Option" | "PreferredStock" | "RepurchaseAgreement" | "ReverseRepurchaseAgreement" | "StudentLoanMarketingAssociation" | "TimeDeposit" | "UsTreasuryBill" | "Warrant" | "CatsTigersLions" | "WildcardEntry" | "ConvertibleBond" | "MortgageIoette" | "Index" | "FakeStockForNonStandartOption" | "Right" | "Cryptocurrency" | "ETF" | "DepositoryReceipt" | "CoveredWarrant" | "Unit" | "GovernmentBond";
            /** Format: int32 */
            Precision?: number;
            /** Format: int32 */
            VolumePrecision?: number;
            /** Format: double */
            TickSize?: number;
            Enabled?: boolean;
            AllowTrade?: boolean;
            AllowMargin?: boolean;
            AllowShort?: boolean;
            /** @enum {string} */
            OptionType?: "Call" | "Put" | "Undefined";
            /** @enum {string} */
            ExpirationType?: "Regular" | "Quarterly" | "Weekly" | "Flex" | "Undefined" | "Mini" | "NonStandard";
            /** Format: date-time */
            ExpirationDate?: string;
            /** Format: double */
            StrikePrice?: number;
            /** Format: int32 */
            SeriesId?: number;
            UnderlyingAssetSymbol?: string;
            /** Format: double */
            ContractSize?: number;
        };
        EquityResource: {
            /** Format: int32 */
            Id?: number;
            Symbol?: string;
            Description?: string;
            Exchange?: string;
            Currency?: string;
            /** Format: date-time */
            AddedDate?: string;
            /** Format: date-time */
            ModifyDate?: string;
            /** @enum {string} */
            Type?: "BankersAcceptance" | "CertificateOfDeposit" | "CollateralizeMortgageObligation" | "CorporateBond" | "CommercialPaper" | "CorporatePrivatePlacement" | "CommonStock" | "FederalHousingAuthority" | "FederalHomeLoan" | "FederalNationalMortgageAssociation" | "ForeignExchangeContract" | "Future" | "GovernmentNationalMortgageAssociation" | "TreasuriesPlusAgencyDebenture" | "MutualFund" | "MortgageInterestOnly" | "MortgagePrincipleOnly" | "MortgagePrivatePlacement" | "MiscellaneousPassThru" | "MunicipalBond" | "NoIsitcSecurityType" | "Option" | "PreferredStock" | "RepurchaseAgreement" | "ReverseRepurchaseAgreement" | "StudentLoanMarketingAssociation" | "TimeDeposit" | "UsTreasuryBill" | "Warrant" | "CatsTigersLions" | "WildcardEntry" | "ConvertibleBond" | "MortgageIoette" | "Index" | "FakeStockForNonStandartOption" | "Right" | "Cryptocurrency" | "ETF" | "DepositoryReceipt" | "CoveredWarrant" | "Unit" | "GovernmentBond";
            /** Format: int32 */
            Precision?: number;
            /** Format: int32 */
            VolumePrecision?: number;
            /** Format: double */
            TickSize?: number;
            Enabled?: boolean;
            AllowTrade?: boolean;
            AllowMargin?: boolean;
            AllowShort?: boolean;
            /** Format: double */
            ContractSize?: number;
            FractionalSettings?: components["schemas"]["FractionalSecuritySettings"];
            Industry?: string;
        };
        FractionalSecuritySettings: {
            /** Format: int32 */
            Id?: number;
            /** Format: int32 */
            SecurityId?: number;
            Symbol?: string;
            /** @enum {string} */
            AllowTrade?: "Allowed" | "Prohibited" | "CloseOnly";
            /** Format: int32 */
            MinQty?: number;
            /** Format: int32 */
            MaxQty?: number;
            /** Format: int32 */
            TargetQty?: number;
            /** Format: int32 */
            Precision?: number;
            /** Format: date-time */
            ModifyDate?: string;
        };
        CurrencyRateResource: {
            /**
             * Format: double
             * @description Bid
             */
            Bid?: number;
            /**
             * Format: double
             * @description Ask
             */
            Ask?: number;
            /**
             * Format: double
             * @description Last
             */
            Last?: number;
            /**
             * Format: date-time
             * @description Date
             */
            Date?: string;
        };
        OptionChainResource: {
            Expirations?: components["schemas"]["OptionChainExpirationResource"][];
        };
        OptionChainExpirationResource: {
            /** Format: date-time */
            Expiration?: string;
            /** Format: double */
            CentralStrike?: number;
            Options?: components["schemas"]["OptionResource"][];
        };
        OptionExpirationResource: {
            /** Format: int32 */
            SeriesId?: number;
            /** @enum {string} */
            SeriesType?: "Regular" | "Quarterly" | "Weekly" | "Flex" | "Undefined" | "Mini" | "NonStandard";
            /** Format: date-time */
            ExpirationDate?: string;
            /** @enum {string} */
            ExpirationType?: "Regular" | "Quarterly" | "Weekly" | "Flex" | "Undefined" | "Mini" | "NonStandard";
        };
        StreamerDataModel: {
            QuoteAddresses?: components["schemas"]["UrlDesc"][];
            DataAddresses?: components["schemas"]["UrlDesc"][];
        };
        UrlDesc: {
            Url?: string;
            Type?: string;
            SessionId?: string;
        };
        /** @description Web API notification service subscription representation */
        SubscriptionModel: {
            /**
             * @description Channel for subscription messages delivery
             * @enum {string}
             */
            Channel?: "Email" | "MobileText" | "MobilePush" | "WebPopupAlert" | "Hubspot" | "Disabled";
            /**
             * @description Subscription notification type
             * @enum {string}
             */
            SubscriptionType?: "Activation" | "ApprovedAccountRequestByClearing" | "DisposablePassword" | "Feedback" | "General" | "InvitationEmail" | "OrderExecution" | "OrderCanceled" | "OrderForReview" | "OrderOnReview" | "OrderPlacement" | "OrderReplacement" | "PasswordChanged" | "PinCodeChanged" | "PriceAlert" | "RegistrationComplete" | "RejectedAccountRequest" | "ResetPassword" | "ResetPasswordApi" | "ResetPinCode" | "SubmittedAccountRequest" | "SubmittedAccountRequestApprovedByClearing" | "SubmittedAccountRequestRejectedByClearing" | "TestMessage" | "WelcomeLetter" | "IpoOfferingCreated" | "IpoOfferingUpdated" | "IpoOfferingCanceled" | "IpoAllocationSuccessful" | "IpoAllocationUnsuccessful" | "IpoOrderPlaced" | "IpoOrderModified" | "IpoOrderCanceled" | "IpoUpdateProspectus" | "IpoSixtyMinutes";
            /**
             * @description Subscription state
             * @enum {string}
             */
            State?: "NotLinked" | "Active" | "Suspended" | "NotVerified";
            /**
             * Format: int32
             * @description AccountId or -1
             */
            AccountId?: number;
        };
        PhoneNumberModel: {
            PhoneNumber?: string;
            /** @enum {string} */
            PhoneNumberState?: "NotLinked" | "Active" | "Suspended" | "NotVerified";
        };
        Setting: {
            /** Format: int32 */
            Id?: number;
            Key?: string;
            Value?: string;
            /** Format: date-time */
            ModifyDate?: string;
        };
        ITradeAuditItem: {
            /** Format: int32 */
            readonly Id?: number;
            readonly Description?: string;
            /** Format: date-time */
            readonly Date?: string;
            /** Format: int32 */
            readonly AccountId?: number;
            readonly Type?: string;
        };
        TradeBlotterModel: {
            /** Format: int32 */
            OrderId?: number;
            ClientOrderId?: string;
            /** Format: date-time */
            TransactionDate?: string;
            /** Format: int32 */
            AccountId?: number;
            ClearingAccount?: string;
            /** Format: int32 */
            AccountType?: number;
            Symbol?: string;
            Cusip?: string;
            ExecutionVenue?: string;
            ExecBroker?: string;
            /** @enum {string} */
            TimeInForce?: "Day" | "GoodTillCancel" | "AtTheOpening" | "ImmediateOrCancel" | "FillOrKill" | "GoodTillCrossing" | "GoodTillDate" | "AtTheClose" | "GoodTillTime" | "GoodTillCancelPlus" | "GoodTillDatePlus";
            /** Format: double */
            AveragePrice?: number;
            /** Format: double */
            LastPrice?: number;
            /** Format: double */
            Price?: number;
            /** Format: double */
            StopPrice?: number;
            AllOrNone?: boolean;
            /** @enum {string} */
            OrderType?: "Market" | "Limit" | "Stop" | "StopLimit" | "Pegged" | "TrailingStop" | "TrailingStopLimit" | "OneCancelOther" | "OneTriggerOther" | "OneTriggerOneCancelOther" | "External" | "MutualFundsExchange" | "StagingBlotter";
            /** @enum {string} */
            Side?: "Buy" | "Sell" | "SellShort" | "BuyToCover";
            /** @enum {string} */
            Status?: "New" | "PartiallyFilled" | "Filled" | "DoneForDay" | "Canceled" | "Replaced" | "PendingCancel" | "Stopped" | "Rejected" | "Suspended" | "PendingNew" | "Calculated" | "Expired" | "AcceptedForBidding" | "PendingReplace" | "Error" | "Held";
            /** @enum {string} */
            ExecutionStatus?: "New" | "PartiallyFilled" | "Filled" | "DoneForDay" | "Canceled" | "Replaced" | "PendingCancel" | "Stopped" | "Rejected" | "Suspended" | "PendingNew" | "Calculated" | "Expired" | "AcceptedForBidding" | "PendingReplace" | "Error" | "Held";
            /** Format: double */
            Quantity?: number;
            /** Format: double */
            LastQuantity?: number;
            /** Format: double */
            LeavesQuantity?: number;
            /** Format: double */
            ExecutedQuantity?: number;
            IsSolicited?: boolean;
            Description?: string;
            RepCode?: string;
            Held?: boolean;
            /** Format: int32 */
            OrderStateId?: number;
            /** Format: double */
            StrikePrice?: number;
            ClearingFirm?: string;
            /** Format: date-time */
            RequestDate?: string;
            /** Format: date-time */
            OrderCreateDate?: string;
            Currency?: string;
            ExecId?: string;
            IsCashAmountOrder?: boolean;
        };
        TransactionMapModel: {
            /** Format: int32 */
            Id?: number;
            /** Format: int32 */
            SecurityId?: number;
            /** Format: int32 */
            OrderStateId?: number;
            /** Format: int32 */
            AccountId?: number;
            /** Format: date-time */
            Date?: string;
            /** Format: double */
            Value?: number;
            /** Format: double */
            Quantity?: number;
            /** Format: double */
            LeavesQuantity?: number;
            Fee?: components["schemas"]["FeeModel"];
            /** @enum {string} */
            Type?: "Undefined" | "Commission" | "OrderExecution" | "OptionExpiration" | "Payment" | "ManualManipulation" | "Clearing" | "Rpl";
            IsDayTrade?: boolean;
            Description?: string;
            Symbol?: string;
            Code?: string;
            /** @enum {string} */
            MarginType?: "Empty" | "Cash" | "Margin" | "Dividend" | "LegalTransfer" | "Short" | "Grant" | "FPLCashCollateral" | "ESPPRSU" | "DVPRVP";
            /** Format: date-time */
            SettlementDate?: string;
            /** Format: double */
            Price?: number;
            /** Format: int32 */
            OrderId?: number;
        };
        FeeModel: {
            /** Format: int32 */
            Id?: number;
            CommissionId?: string;
            /** Format: double */
            Value?: number;
            /** @enum {string} */
            Seizure?: "Placement" | "Execution" | "Fill" | "Proportional" | "Order";
            /** Format: double */
            Leverage?: number;
            /** @enum {string} */
            ValueType?: "Absolute" | "Coefficient" | "GP2TCredit";
        };
        ActivityModelV2: {
            AccountNumber?: string;
            ActivityType?: string;
            /** Format: date-time */
            Date?: string;
            /** Format: date-time */
            SettlementDate?: string;
            Symbol?: string;
            Description?: string;
            /** Format: double */
            Quantity?: number;
            /** Format: double */
            Price?: number;
            /** Format: double */
            NetAmount?: number;
            /** Format: double */
            Fees?: number;
            /** Format: double */
            Commissions?: number;
            /** @enum {string} */
            MarginType?: "Empty" | "Cash" | "Margin" | "Dividend" | "LegalTransfer" | "Short" | "Grant" | "FPLCashCollateral" | "ESPPRSU" | "DVPRVP";
            BatchEntryDescription?: string;
            BuySellCode?: string;
            SecurityName?: string;
            CurrencyCode?: string;
        };
        FeeResource: {
            Type?: string;
            /** Format: double */
            CustomerDebitAmount?: number;
            /** Format: double */
            FirmCreditAmount?: number;
            /** Format: double */
            CorrespondentNetAmount?: number;
        };
        AllowedIraConstraintsResource: {
            IsRetirementAccount?: boolean;
            ContributionConstraints?: components["schemas"]["ContributionConstraintsResource"];
            DistributionConstraints?: components["schemas"]["DistributionConstraintsResource"];
        };
        ContributionConstraintsResource: {
            OnlyAllowCurrentYearContribution?: boolean;
            ValidContributions?: components["schemas"]["ValidContributionResource"][];
        };
        DistributionConstraintsResource: {
            TotalDistributionAllowed?: boolean;
            ClosingFee?: components["schemas"]["ClosingFeeResource"];
            ValidDistributionReasons?: {
                [key: string]: components["schemas"]["DistributionReasonParamsResource"];
            };
        };
        ValidContributionResource: {
            Reason?: string;
            PreviousYearContributionAllowed?: boolean;
        };
        ClosingFeeResource: {
            Type?: string;
            /** Format: double */
            CustomerDebitAmount?: number;
            /** Format: double */
            FirmCreditAmount?: number;
            /** Format: double */
            CorrespondentNetAmount?: number;
        };
        DistributionReasonParamsResource: {
            WithholdingEnabled?: boolean;
            StateWithholdingEnabled?: boolean;
        };
        TransferResource: {
            /**
             * Format: uuid
             * @example 00000000-0000-0000-0000-000000000000
             */
            Id?: string;
            /** Format: int32 */
            AccountId?: number;
            ExternalId?: string;
            Mechanism?: string;
            IsDeposit?: boolean;
            Status?: string;
            Comment?: string;
            /** Format: double */
            Amount?: number;
            /** Format: double */
            TotalAmount?: number;
            /** Format: date-time */
            TransferDate?: string;
            /** Format: date-time */
            CreatedAt?: string;
            ClearingAccountNumber?: string;
            CreatedBy?: string;
        };
        AchTransferEditableResource: {
            AchRelationshipId?: string;
            /** Format: int32 */
            DaysToHoldFunds?: number;
            IsIncoming?: boolean;
            IraContribution?: components["schemas"]["IraContributionResource"];
            /** Format: double */
            Amount?: number;
            CloseAccount?: boolean;
            IraDistribution?: components["schemas"]["IraDistributionResource"];
            /** @enum {string} */
            ExecTimeType?: "Regular" | "Scheduled";
        };
        IraContributionResource: {
            Type?: string;
            /** Format: int32 */
            ContributionYear?: number;
        };
        IraDistributionResource: {
            Reason?: string;
            FederalTaxType?: string;
            StateTaxType?: string;
            /** Format: double */
            FederalTaxAmount?: number;
            /** Format: double */
            StateTaxAmount?: number;
            HasStateWithholdingWaiver?: boolean;
        };
        WireTransferEditableResource: {
            IsDomesticWire?: boolean;
            Comment?: string;
            BankName?: string;
            RoutingNumber?: string;
            BankStreetAddress1?: string;
            BankStreetAddress2?: string;
            BankCity?: string;
            BankCountry?: string;
            BankState?: string;
            BankZipCode?: string;
            ForFurtherCredit?: boolean;
            IntermediaryName?: string;
            IntermediaryAccountNumber?: string;
            IntermediaryAddress1?: string;
            IntermediaryAddress2?: string;
            IntermediaryCountry?: string;
            IntermediaryCity?: string;
            IntermediaryPostalCode?: string;
            IntermediaryState?: string;
            Name?: string;
            AccountNumber?: string;
            Address1?: string;
            Address2?: string;
            City?: string;
            Country?: string;
            State?: string;
            ZipCode?: string;
            /** Format: double */
            Amount?: number;
            CloseAccount?: boolean;
            IraDistribution?: components["schemas"]["IraDistributionResource"];
            /** @enum {string} */
            ExecTimeType?: "Regular" | "Scheduled";
        };
        CheckRequestEditableResource: {
            Memos?: string[];
            DeliveryMethod?: string;
            /** Format: double */
            Amount?: number;
            CloseAccount?: boolean;
            IraDistribution?: components["schemas"]["IraDistributionResource"];
            /** @enum {string} */
            ExecTimeType?: "Regular" | "Scheduled";
        };
        ZelleTransferEditableResource: {
            Name?: string;
            Mobile?: string;
            Email?: string;
            /** Format: double */
            Amount?: number;
            CloseAccount?: boolean;
            IraDistribution?: components["schemas"]["IraDistributionResource"];
            /** @enum {string} */
            ExecTimeType?: "Regular" | "Scheduled";
        };
        ScheduledTransferDto: {
            /**
             * Format: uuid
             * @example 00000000-0000-0000-0000-000000000000
             */
            Id?: string;
            ClearingAccount?: string;
            /** Format: date-time */
            CreatedAt?: string;
            /** Format: date-time */
            StartAt?: string;
            /** Format: double */
            Amount?: number;
            /** @enum {string} */
            TimeFrame?: "Day" | "Week" | "Month" | "Quarter" | "Annual" | "Single";
            /** @enum {string} */
            Status?: "Active" | "Canceled";
            /** @enum {string} */
            Mechanism?: "ACH" | "Check" | "Wire" | "Zelle";
            IsDeposit?: boolean;
            Comment?: string;
            /** Format: date-time */
            UpcomingDate?: string;
            /** Format: int32 */
            CreatedbyUser?: number;
        };
        UpdateScheduledTransferResources: {
            /** Format: date-time */
            StartAt?: string;
            /** Format: double */
            Amount?: number;
            /** @enum {string} */
            TimeFrame?: "Day" | "Week" | "Month" | "Quarter" | "Annual" | "Single";
            /** @enum {string} */
            Status?: "Active" | "Canceled";
            Comment?: string;
        };
        CreateScheduledTransferResources: {
            /**
             * Format: uuid
             * @example 00000000-0000-0000-0000-000000000000
             */
            TransferId?: string;
            /** Format: date-time */
            StartAt?: string;
            /** Format: double */
            Amount?: number;
            /** @enum {string} */
            TimeFrame?: "Day" | "Week" | "Month" | "Quarter" | "Annual" | "Single";
        };
        AccountModel: {
            /** Format: int32 */
            Id?: number;
            ClearingAccount?: string;
            FirstName?: string;
            MiddleName?: string;
            LastName?: string;
            /** Format: date-time */
            DateOfBirth?: string;
            Login?: string;
            Email?: string;
            Phone?: string;
            /** Format: date-time */
            CreatedDate?: string;
            /** Format: date-time */
            ModifiedDate?: string;
            Enabled?: boolean;
            IsChanged?: boolean;
            /** Format: double */
            Cash?: number;
            Currency?: string;
            /** @enum {string} */
            Status?: "UnSpecified" | "New" | "SentToClearing" | "Approved" | "Rejected";
            CommissionPlan?: string;
            RepCode?: string;
            /** Format: double */
            MarginInterestRate?: number;
            /** Format: double */
            CashInterestRate?: number;
            /** Format: double */
            CloseEquity?: number;
            /** Format: double */
            OpenExcess?: number;
            /** Format: int32 */
            OptionLevel?: number;
            /** @enum {string} */
            MarginType?: "Empty" | "Cash" | "Margin" | "DayTrader" | "MarginIra";
            /** @enum {string} */
            Permissions?: "Empty" | "LongStock" | "ShortStock" | "LongOption" | "ShortOption" | "AllowTrade" | "AllowMargin" | "AllowOpen";
            /** Format: double */
            BaseCash?: number;
            /** @enum {string} */
            OwnerType?: "IndividualCustomer" | "InstitutionalCustomer" | "Combined" | "EmployeeAccount" | "MarketMaking" | "OtherProprietary" | "Unknown" | "ErrorAccount" | "Joint" | "ForeignIndividual" | "IRA" | "MoneyPurchaseOrProfitSharing" | "CommunityPropertyAccount" | "CustodialAccount" | "CorporateAccount" | "GuardianAccount" | "InvestmentClubAccount" | "JointTenantsRightsOfSurvivorship" | "JointTenantsInCommon" | "PartnershipAccount" | "RetirementAccount" | "SoleProprietor" | "TrustAccount" | "InvestmentClub" | "JointTenantsByEntirety" | "EstateAccount" | "ResidentAlienAccount" | "TransferOnDeathAccount" | "NonProfitAccount" | "DVPAccount" | "IRA_Simple" | "IRA_Traditional" | "IRA_Roth" | "IRA_Sep" | "IRA_Beneficiary" | "LimitedLiabilityCo" | "Broker";
            /** Format: double */
            DayTradingBuyingPower?: number;
            /** Format: int32 */
            DayTrades?: number;
            /** Format: double */
            SmaBalance?: number;
            /** Format: double */
            HouseCall?: number;
            /** Format: double */
            MaintenanceCall?: number;
            /** Format: double */
            EquityCall?: number;
            /** Format: double */
            InitialCall?: number;
            /** Format: double */
            DayTradeCall?: number;
            /** Format: double */
            CashCall?: number;
            /** Format: double */
            NewHouseCall?: number;
            /** Format: double */
            TradeDayBalance?: number;
            /** Format: double */
            MoneyMarket?: number;
            /** Format: double */
            Cip?: number;
            IsAverageAccount?: boolean;
            /** Format: double */
            MarginEquity?: number;
            ClearingFirm?: string;
            /** Format: double */
            ExcessEquity?: number;
            Fdid?: string;
            /** Format: double */
            DayTraderRate?: number;
            AccountHolder?: string;
            /** Format: double */
            EquityTotal?: number;
            FixedAccountType?: boolean;
            SkipClearing?: boolean;
            SSN?: string;
            /** Format: int32 */
            SubscriptionPlanId?: number;
            /** Format: double */
            Sweep?: number;
            IsSolicitedAccount?: boolean;
            AccountName?: string;
            /** Format: double */
            UnsettledCash?: number;
            /** Format: double */
            MarketValue?: number;
            /** Format: double */
            OpenPL?: number;
            /** Format: double */
            OpenPLPercent?: number;
            AdditionalInfo?: {
                [key: string]: string;
            };
            CompanyName?: string;
            /** Format: double */
            AvailableToWithdraw?: number;
            /** Format: int32 */
            UserId?: number;
        };
        UserAccountModel: {
            /** Format: int32 */
            Id?: number;
            ClearingAccount?: string;
            /** @enum {string} */
            AccessType?: "Full" | "ReadOnly" | "ClosePositionsOnly" | "Owner";
            /** @enum {string} */
            MarginType?: "Empty" | "Cash" | "Margin" | "DayTrader" | "MarginIra";
            /** @enum {string} */
            OwnerType?: "IndividualCustomer" | "InstitutionalCustomer" | "Combined" | "EmployeeAccount" | "MarketMaking" | "OtherProprietary" | "Unknown" | "ErrorAccount" | "Joint" | "ForeignIndividual" | "IRA" | "MoneyPurchaseOrProfitSharing" | "CommunityPropertyAccount" | "CustodialAccount" | "CorporateAccount" | "GuardianAccount" | "InvestmentClubAccount" | "JointTenantsRightsOfSurvivorship" | "JointTenantsInCommon" | "PartnershipAccount" | "RetirementAccount" | "SoleProprietor" | "TrustAccount" | "InvestmentClub" | "JointTenantsByEntirety" | "EstateAccount" | "ResidentAlienAccount" | "TransferOnDeathAccount" | "NonProfitAccount" | "DVPAccount" | "IRA_Simple" | "IRA_Traditional" | "IRA_Roth" | "IRA_Sep" | "IRA_Beneficiary" | "LimitedLiabilityCo" | "Broker";
            Enabled?: boolean;
            Alias?: string;
            ClearingFirm?: string;
            IsAverageAccount?: boolean;
            Owners?: components["schemas"]["UserInfoModel"][];
            Currency?: string;
        };
        UserToAccountRelationModel: {
            UserModel?: components["schemas"]["UserInfoModel"];
            /** @enum {string} */
            AccountAccessType?: "Full" | "ReadOnly" | "ClosePositionsOnly" | "Owner";
        };
        AMSAccountModel: {
            /**
             * Format: uuid
             * @example 00000000-0000-0000-0000-000000000000
             */
            Id?: string;
            /** Format: date-time */
            CreatedAt?: string;
            /** @enum {string} */
            AccountProvider?: "None" | "PaperTrading" | "Apex" | "Apex1" | "Apex2" | "FcStone" | "Axos" | "Velox" | "Siebert" | "InteliClear" | "EtnaClearing" | "Fidelity" | "TradeUp";
            /** @enum {string} */
            FormType?: "None" | "JotForm" | "Direct" | "FcStone" | "FidelityWindow" | "FidelityForm";
            User?: string;
            ClearingAccountNumber?: string;
            IsOpened?: boolean;
            FormDataReference?: string;
            FormData?: string;
            /** @enum {string} */
            CustomerType?: "Unknown" | "Individual" | "Joint" | "Ira" | "Foreign";
            AdditionalInfo?: {
                [key: string]: string;
            };
        };
        AccountValueItem: {
            /** Format: date-time */
            Date?: string;
            /** Format: double */
            Value?: number;
        };
        UserTradingSettingsModel: {
            Instruments?: components["schemas"]["InstrumentsSettings"];
            /** Format: int32 */
            QuantityStepIncrementMultiplier?: number;
            /** Format: int32 */
            PriceStepIncrementMultiplier?: number;
            DoNotCloseTradePopupOnOrderPlacement?: boolean;
            SkipVerifyOrder?: string;
            SkipVerifyCancelOrder?: string;
            SkipVerifyClosingPosition?: string;
            SkipVerifyOrderReplace?: string;
            SkipPlaceOrderStatus?: string;
            SkipCancelOrderStatus?: string;
            SkipClosingPositionStatus?: string;
            SkipOrderReplaceStatus?: string;
            /** Format: int32 */
            MaxStocksQuantity?: number;
            /** Format: int32 */
            MaxOptionsQuantity?: number;
        };
        InstrumentsSettings: {
            Stocks?: components["schemas"]["StocksInstrumentsSettings"];
            Options?: components["schemas"]["OptionsInstrumentsSettings"];
            Forex?: components["schemas"]["ForexInstrumentsSettings"];
        };
        StocksInstrumentsSettings: {
            OrderType?: string;
            /** Format: int32 */
            Quantity?: number;
            DurationType?: string;
            ExchangeType?: string;
            ExtendedHoursType?: string;
            AON?: boolean;
        };
        OptionsInstrumentsSettings: {
            OrderType?: string;
            /** Format: int32 */
            Quantity?: number;
            DurationType?: string;
            ExchangeType?: string;
            ExtendedHoursType?: string;
            AON?: boolean;
            /** Format: int32 */
            Spreads?: number;
        };
        ForexInstrumentsSettings: {
            OrderType?: string;
            /** Format: int32 */
            Quantity?: number;
            DurationType?: string;
            ExchangeType?: string;
            ExtendedHoursType?: string;
            AON?: boolean;
        };
        ChangeUserPasswordResource: {
            OldPassword?: string;
            Password?: string;
            PasswordConfirm?: string;
        };
        GetUserFilter: {
            Email?: string;
        };
        PatchUserModel: {
            FirstName?: string;
            Middle?: string;
            LastName?: string;
            Address?: components["schemas"]["PatchUserAddress"];
            /** @enum {string} */
            Salutation?: "NoSalutation" | "Mr" | "Mrs" | "Ms" | "Dr" | "Sir" | "Madam";
            /** @enum {string} */
            Suffix?: "NoSuffix" | "Jr" | "Sr" | "Second" | "Third" | "Fourth";
            TimeZoneInfoId?: string;
        };
        PatchUserAddress: {
            /** Format: int32 */
            State?: number;
            StreetAddress1?: string;
            StreetAddress2?: string;
            City?: string;
            PostalCode?: string;
            /** Format: int32 */
            CountryId?: number;
        };
        UserModel: {
            /** Format: int32 */
            Id?: number;
            FirstName?: string;
            Middle?: string;
            LastName?: string;
            EmailAddress?: string;
            Address?: components["schemas"]["UserAddress"];
            Login?: string;
            /** @enum {string} */
            Salutation?: "NoSalutation" | "Mr" | "Mrs" | "Ms" | "Dr" | "Sir" | "Madam";
            /** @enum {string} */
            Suffix?: "NoSuffix" | "Jr" | "Sr" | "Second" | "Third" | "Fourth";
            /** Format: date-time */
            AddedDate?: string;
            Enabled?: boolean;
            Deleted?: boolean;
            TimeZoneInfoId?: string;
            /** Format: date-time */
            ExpirationDate?: string;
            PhoneNumber?: string;
            EntitlementsPhoneNumber?: string;
        };
        UserAddress: {
            StreetAddress1?: string;
            StreetAddress2?: string;
            City?: string;
            /** Format: int32 */
            State?: number;
            PostalCode?: string;
            /** Format: int32 */
            CountryId?: number;
        };
        WatchlistModel: {
            /** Format: int32 */
            Id?: number;
            Name?: string;
            Description?: string;
            /** @enum {string} */
            Type?: "UserList" | "SystemList" | "Snapshot";
            /** Format: date-time */
            CreateDate?: string;
            /** Format: date-time */
            ModifyDate?: string;
            Source?: string;
            ReadOnly?: boolean;
            SecurityList?: components["schemas"]["SecurityModel"][];
        };
        SecurityModel: {
            /** Format: int32 */
            Id?: number;
            Symbol?: string;
            Suffix?: string;
            Description?: string;
            Exchange?: string;
            Currency?: string;
            BaseCurrency?: string;
            /** Format: date-time */
            AddedDate?: string;
            /** Format: date-time */
            ModifyDate?: string;
            /** @enum {string} */
            Type?: "BankersAcceptance" | "CertificateOfDeposit" | "CollateralizeMortgageObligation" | "CorporateBond" | "CommercialPaper" | "CorporatePrivatePlacement" | "CommonStock" | "FederalHousingAuthority" | "FederalHomeLoan" | "FederalNationalMortgageAssociation" | "ForeignExchangeContract" | "Future" | "GovernmentNationalMortgageAssociation" | "TreasuriesPlusAgencyDebenture" | "MutualFund" | "MortgageInterestOnly" | "MortgagePrincipleOnly" | "MortgagePrivatePlacement" | "MiscellaneousPassThru" | "MunicipalBond" | "NoIsitcSecurityType" | "Option" | "PreferredStock" | "RepurchaseAgreement" | "ReverseRepurchaseAgreement" | "StudentLoanMarketingAssociation" | "TimeDeposit" | "UsTreasuryBill" | "Warrant" | "CatsTigersLions" | "WildcardEntry" | "ConvertibleBond" | "MortgageIoette" | "Index" | "FakeStockForNonStandartOption" | "Right" | "Cryptocurrency" | "ETF" | "DepositoryReceipt" | "CoveredWarrant" | "Unit" | "GovernmentBond";
            /** Format: int32 */
            Source?: number;
            /** Format: int32 */
            ParentId?: number;
            Unit?: string;
            /** @enum {string} */
            OptionType?: "Call" | "Put" | "Undefined";
            /** @enum {string} */
            ExpirationType?: "Regular" | "Quarterly" | "Weekly" | "Flex" | "Undefined" | "Mini" | "NonStandard";
            /** Format: date-time */
            ExpirationDate?: string;
            /** Format: double */
            StrikePrice?: number;
            /** Format: int32 */
            SeriesId?: number;
            UnderlyingSecuritySymbol?: string;
            /** Format: double */
            ContractSize?: number;
            Sector?: string;
            Industry?: string;
            /** Format: int32 */
            Precision?: number;
            /** Format: int32 */
            VolumePrecision?: number;
            Isin?: string;
            Sedol?: string;
            Cusip?: string;
            /** Format: double */
            TickSize?: number;
            /** Format: double */
            MarginRate?: number;
        };
        CreateWatchlistModel: {
            Name?: string;
            Securities?: number[];
        };
        Failed: {
            readonly State?: string;
            Step?: string;
            Reason?: string;
            ConfirmationToken?: string;
        };
        Succeed: {
            Step?: string;
            Reason?: string;
            readonly State?: string;
            ConfirmationToken?: string;
            Token?: string;
            PersonalPhrase?: string;
            Image?: string;
        };
        PagingResult_AccountRequestVersionResource_: {
            /** @description Result collection */
            Result?: components["schemas"]["AccountRequestVersionResource"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        PagingResult_AccountRequestResource_: {
            /** @description Result collection */
            Result?: components["schemas"]["AccountRequestResource"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        PagingResult_AchRelationshipResource_: {
            /** @description Result collection */
            Result?: components["schemas"]["AchRelationshipResource"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        ResourceBasedResponse_IList_SecurityImages_: {
            readonly Model?: components["schemas"]["SecurityImages"][];
            Errors?: string[];
            readonly ModelState?: {
                [key: string]: string[];
            };
            ErrorsCode?: string[];
            /** @enum {string} */
            StatusCode?: "Continue" | "SwitchingProtocols" | "OK" | "Created" | "Accepted" | "NonAuthoritativeInformation" | "NoContent" | "ResetContent" | "PartialContent" | "MultipleChoices" | "Ambiguous" | "MovedPermanently" | "Moved" | "Found" | "Redirect" | "SeeOther" | "RedirectMethod" | "NotModified" | "UseProxy" | "Unused" | "TemporaryRedirect" | "RedirectKeepVerb" | "BadRequest" | "Unauthorized" | "PaymentRequired" | "Forbidden" | "NotFound" | "MethodNotAllowed" | "NotAcceptable" | "ProxyAuthenticationRequired" | "RequestTimeout" | "Conflict" | "Gone" | "LengthRequired" | "PreconditionFailed" | "RequestEntityTooLarge" | "RequestUriTooLong" | "UnsupportedMediaType" | "RequestedRangeNotSatisfiable" | "ExpectationFailed" | "UpgradeRequired" | "InternalServerError" | "NotImplemented" | "BadGateway" | "ServiceUnavailable" | "GatewayTimeout" | "HttpVersionNotSupported";
            readonly IsSucceed?: boolean;
        };
        ResourceBasedResponse_IEnumerable_ISecretQuestion_: {
            readonly Model?: components["schemas"]["ISecretQuestion"][];
            Errors?: string[];
            readonly ModelState?: {
                [key: string]: string[];
            };
            ErrorsCode?: string[];
            /** @enum {string} */
            StatusCode?: "Continue" | "SwitchingProtocols" | "OK" | "Created" | "Accepted" | "NonAuthoritativeInformation" | "NoContent" | "ResetContent" | "PartialContent" | "MultipleChoices" | "Ambiguous" | "MovedPermanently" | "Moved" | "Found" | "Redirect" | "SeeOther" | "RedirectMethod" | "NotModified" | "UseProxy" | "Unused" | "TemporaryRedirect" | "RedirectKeepVerb" | "BadRequest" | "Unauthorized" | "PaymentRequired" | "Forbidden" | "NotFound" | "MethodNotAllowed" | "NotAcceptable" | "ProxyAuthenticationRequired" | "RequestTimeout" | "Conflict" | "Gone" | "LengthRequired" | "PreconditionFailed" | "RequestEntityTooLarge" | "RequestUriTooLong" | "UnsupportedMediaType" | "RequestedRangeNotSatisfiable" | "ExpectationFailed" | "UpgradeRequired" | "InternalServerError" | "NotImplemented" | "BadGateway" | "ServiceUnavailable" | "GatewayTimeout" | "HttpVersionNotSupported";
            readonly IsSucceed?: boolean;
        };
        PagingResult_AccountTransferResource_: {
            /** @description Result collection */
            Result?: components["schemas"]["AccountTransferResource"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        ResourceBasedResponse_String_: {
            readonly Model?: string;
            Errors?: string[];
            readonly ModelState?: {
                [key: string]: string[];
            };
            ErrorsCode?: string[];
            /** @enum {string} */
            StatusCode?: "Continue" | "SwitchingProtocols" | "OK" | "Created" | "Accepted" | "NonAuthoritativeInformation" | "NoContent" | "ResetContent" | "PartialContent" | "MultipleChoices" | "Ambiguous" | "MovedPermanently" | "Moved" | "Found" | "Redirect" | "SeeOther" | "RedirectMethod" | "NotModified" | "UseProxy" | "Unused" | "TemporaryRedirect" | "RedirectKeepVerb" | "BadRequest" | "Unauthorized" | "PaymentRequired" | "Forbidden" | "NotFound" | "MethodNotAllowed" | "NotAcceptable" | "ProxyAuthenticationRequired" | "RequestTimeout" | "Conflict" | "Gone" | "LengthRequired" | "PreconditionFailed" | "RequestEntityTooLarge" | "RequestUriTooLong" | "UnsupportedMediaType" | "RequestedRangeNotSatisfiable" | "ExpectationFailed" | "UpgradeRequired" | "InternalServerError" | "NotImplemented" | "BadGateway" | "ServiceUnavailable" | "GatewayTimeout" | "HttpVersionNotSupported";
            readonly IsSucceed?: boolean;
        };
        PagingResult_DocumentResource_: {
            /** @description Result collection */
            Result?: components["schemas"]["DocumentResource"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        PagingResult_SubmitFeedbackModel_: {
            /** @description Result collection */
            Result?: components["schemas"]["SubmitFeedbackModel"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        PagingResult_WebActionMapModel_: {
            /** @description Result collection */
            Result?: components["schemas"]["WebActionMapModel"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        PagingResult_HotkeyMapModel_: {
            /** @description Result collection */
            Result?: components["schemas"]["HotkeyMapModel"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        PageResult_AccountOffering_: {
            Items?: components["schemas"]["AccountOffering"][];
            /** Format: int32 */
            PageNumber?: number;
            /** Format: int32 */
            PageSize?: number;
            /** Format: int32 */
            TotalCount?: number;
            /** Format: int32 */
            TotalPage?: number;
        };
        PagingResult_OrderResource_: {
            /** @description Result collection */
            Result?: components["schemas"]["OrderResource"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        PagingResult_OrderForReviewResource_: {
            /** @description Result collection */
            Result?: components["schemas"]["OrderForReviewResource"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        ValueTuple_OrderReviewResult_IOrder_: {
            /** @enum {string} */
            Item1?: "Ok" | "AlreadyReviewed" | "Error" | "Canceled" | "AlreadyTaken";
            Item2?: components["schemas"]["IOrder"];
        };
        ValueTuple_Portfolio_Model_: {
            Item1?: components["schemas"]["Portfolio"];
            Item2?: components["schemas"]["Model"];
        };
        PagingResult_PositionLotResource_: {
            /** @description Result collection */
            Result?: components["schemas"]["PositionLotResource"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        PagingResult_PositionResource_: {
            /** @description Result collection */
            Result?: components["schemas"]["PositionResource"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        PagingResult_PriceAlertInfoModel_: {
            /** @description Result collection */
            Result?: components["schemas"]["PriceAlertInfoModel"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        PagingResult_OptionResource_: {
            /** @description Result collection */
            Result?: components["schemas"]["OptionResource"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        PagingResult_EquityResource_: {
            /** @description Result collection */
            Result?: components["schemas"]["EquityResource"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        Tuple_PhoneNumberModel_Int32_: {
            m_Item1?: components["schemas"]["PhoneNumberModel"];
            /** Format: int32 */
            m_Item2?: number;
        };
        PagingResult_ITradeAuditItem_: {
            /** @description Result collection */
            Result?: components["schemas"]["ITradeAuditItem"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        PagingResult_TradeBlotterModel_: {
            /** @description Result collection */
            Result?: components["schemas"]["TradeBlotterModel"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        PagingResult_TransactionMapModel_: {
            /** @description Result collection */
            Result?: components["schemas"]["TransactionMapModel"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        PagingResult_ActivityModelV2_: {
            /** @description Result collection */
            Result?: components["schemas"]["ActivityModelV2"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        PagingResult_TransferResource_: {
            /** @description Result collection */
            Result?: components["schemas"]["TransferResource"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        PagingResult_ScheduledTransferDto_: {
            /** @description Result collection */
            Result?: components["schemas"]["ScheduledTransferDto"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        PagingResult_AccountModel_: {
            /** @description Result collection */
            Result?: components["schemas"]["AccountModel"][];
            /** @description Next page */
            NextPageLink?: string;
            /** @description Previous page */
            PreviousPageLink?: string;
            /**
             * Format: int32
             * @description Items total count
             */
            TotalCount?: number;
        };
        Tuple_Int32_String_: {
            /** Format: int32 */
            m_Item1?: number;
            m_Item2?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: {
        /** @description JSON data that contains information about the new order. */
        CreateOrderResource: {
            content: {
                "application/json": components["schemas"]["CreateOrderResource"];
                "text/json": components["schemas"]["CreateOrderResource"];
            };
        };
        /** @description JSON data that contains updated information about the order. */
        ModifyOrderResource: {
            content: {
                "application/json": components["schemas"]["ModifyOrderResource"];
                "text/json": components["schemas"]["ModifyOrderResource"];
            };
        };
        /** @description JSON data containing the mutual fund's information. */
        BuyMutualFundResource: {
            content: {
                "application/json": components["schemas"]["BuyMutualFundResource"];
                "text/json": components["schemas"]["BuyMutualFundResource"];
            };
        };
        /** @description JSON data containing the mutual fund's information. */
        SellMutualFundResource: {
            content: {
                "application/json": components["schemas"]["SellMutualFundResource"];
                "text/json": components["schemas"]["SellMutualFundResource"];
            };
        };
        /** @description JSON data containing the mutual fund's information. */
        LiquidateMutualFundResource: {
            content: {
                "application/json": components["schemas"]["LiquidateMutualFundResource"];
                "text/json": components["schemas"]["LiquidateMutualFundResource"];
            };
        };
        /** @description JSON data that contains updated information about the modified order. */
        ModifyOrderResource2: {
            content: {
                "application/json": components["schemas"]["ModifyOrderResource"];
                "text/json": components["schemas"]["ModifyOrderResource"];
            };
        };
        ConsolidatedQueryDto: {
            content: {
                "application/json": components["schemas"]["ConsolidatedQueryDto"];
                "text/json": components["schemas"]["ConsolidatedQueryDto"];
            };
        };
        /** @description Parameters of the new order. */
        CreateOrderResource2: {
            content: {
                "application/json": components["schemas"]["CreateOrderResource"];
                "text/json": components["schemas"]["CreateOrderResource"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AchRelationships_GetAchRelationship: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account whose ACH relationship must be retrieved. */
                accountId: number;
                /** @description ID of the ACH relationship whose information must be retrieved. */
                id: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON object containing information about the ACH relationship is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchRelationshipResource"];
                    "text/json": components["schemas"]["AchRelationshipResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AchRelationships_ModifyAchRelationship: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account whose ACH relationship must be updated. */
                accountId: number;
                /** @description ID of the ACH relatioship that must be updated. */
                id: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        /** @description JSON object containing the new name of the linked bank. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAchRelationshipResource"];
                "text/json": components["schemas"]["UpdateAchRelationshipResource"];
            };
        };
        responses: {
            /** @description Successful request, updated ACH relationship is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchRelationshipResource"];
                    "text/json": components["schemas"]["AchRelationshipResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to update the ACH relationship. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AchRelationships_CloseBankAchRelationship: {
        parameters: {
            query: {
                /** @description Reason for removing the ACH relationship. */
                reason: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account whose ACH relationship must be removed. */
                accountId: number;
                /** @description ID of the ACH relationship that must be removed. */
                id: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, the ACH relationship has been removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchRelationshipResource"];
                    "text/json": components["schemas"]["AchRelationshipResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to remove the ACH relationship. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AchRelationships_GetDefaultAchRelationship: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account whose default ACH relationship is to be retrieved. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, the default ACH relationship is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchRelationshipResource"];
                    "text/json": components["schemas"]["AchRelationshipResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AchRelationships_GetAchRelationshipsPage: {
        parameters: {
            query: {
                /** @description Page size. */
                pageSize: number;
                /** @description Page number (all ACH relationships are split in pages). */
                pageNumber: number;
                /** @description Parameter by which the returned ACH relationships must be sorted. */
                sortBy: string;
                /** @description Determines if returned ACH relationships must be sorted in descending or ascending order. */
                isDesc: boolean;
                /** @description Filters ACH relationships by status. */
                status?: "Pending" | "Approved" | "Canceled" | "Error" | "PendingCancel" | "PendingApproval";
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account whose ACH relationships must be listed. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, a collection of ACH relationships is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagingResult_AchRelationshipResource_"];
                    "text/json": components["schemas"]["PagingResult_AchRelationshipResource_"];
                };
            };
            /** @description Filter query is invalid or contains unsupported operations. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AchRelationships_ModifyAchRelationship_2: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account to which the new ACH relationship will be bound. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        /** @description JSON object containing all parameters required for a new ACH relationship. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAchRelationshipResource"];
                "text/json": components["schemas"]["CreateAchRelationshipResource"];
            };
        };
        responses: {
            /** @description Successful request, a new ACH relationship has been created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchRelationshipResource"];
                    "text/json": components["schemas"]["AchRelationshipResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to create a new ACH relationship. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AchRelationships_CreateAchRelationshipsWithPlaid: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account to which the new ACH relationships will be bound. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        /** @description JSON object containing PLAID data to identify the bank and accounts. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAchRelationshipsPlaidResource"];
                "text/json": components["schemas"]["CreateAchRelationshipsPlaidResource"];
            };
        };
        responses: {
            /** @description Successful request, ACH relationships have been created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchRelationshipResource"][];
                    "text/json": components["schemas"]["AchRelationshipResource"][];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to create ACH relationships. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AchRelationships_ApproveBankAchRelationship: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account whose ACH relationship is to be approved. */
                accountId: number;
                /** @description ID of the ACH relationship that is to be approved. */
                id: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        /** @description JSON object containing two charges from the banking statement. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveAchRelationshipResource"];
                "text/json": components["schemas"]["ApproveAchRelationshipResource"];
            };
        };
        responses: {
            /** @description Successful request, the ACH relationship has been approved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchRelationshipResource"];
                    "text/json": components["schemas"]["AchRelationshipResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to approve the ACH relationship. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AchRelationships_SetDefaultAchRelationship: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account whose default ACH relationship must be set. */
                accountId: number;
                /** @description ID of the ACH relationship that will from now on be the default one. */
                id: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                    "text/json": Record<string, never>;
                };
            };
            /** @description Successful request, the default ACH relationship has been set. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to set the default ACH relationship for the specified trading account. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Agreements_GetUnsignedAgreements: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal ID of user. */
                userId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of usigned agreements */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementItemResource"][];
                    "text/json": components["schemas"]["AgreementItemResource"][];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Agreements_SignPlatformAgreement: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal ID of user. */
                userId: number;
                /** @description Internal ID of platform agreement. */
                agreementId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Platform agreements succesfully signed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HistoricalTradeData_GetChartCompareData: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        /** @description This is a JSON dictionary that contains information about the specified securities. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChartCompareRequestModel"];
                "text/json": components["schemas"]["ChartCompareRequestModel"];
            };
        };
        responses: {
            /** @description Successful request, a JSON dictionary is returned, containing chart data for the list of specified securities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeSeriesValueCandleMapModel"][][];
                    "text/json": components["schemas"]["TimeSeriesValueCandleMapModel"][][];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Comparison data cannot be provided. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HistoricalTradeData_GetChartBasicData: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        /** @description This is a JSON dictionary that contains information about the enquired security. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChartHistoryRequestModel"];
                "text/json": components["schemas"]["ChartHistoryRequestModel"];
            };
        };
        responses: {
            /** @description Successful request, a JSON dictionary is returned, containing candles and indicators for the specified security. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChartHistoryModel"];
                    "text/json": components["schemas"]["ChartHistoryModel"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Chart data cannot be provided. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HistoricalTradeData_ExportToExcel: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HistoricalTradeDataExportDataModel"];
                "text/json": components["schemas"]["HistoricalTradeDataExportDataModel"];
            };
        };
        responses: {
            /** @description Successful request, an Excel file is returned, containing chart data for the specified securities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                    "text/json": Record<string, never>;
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Ipo_GetIndustries: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, a list of industries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                    "text/json": string[];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to get industries. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Ipo_GetSecurityInfo_SwaggerAnonymous: {
        parameters: {
            query?: never;
            header: {
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, a list of securities */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                    "text/json": string;
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to get securities. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Ipo_GetAccountOfferings: {
        parameters: {
            query: {
                /** @description Page number */
                page: number;
                /** @description Page size */
                pageSize: number;
                /** @description Filter */
                filter?: string;
                /** @description Sorting field */
                sortBy?: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the trading account */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, list of account active offerings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageResult_AccountOffering_"];
                    "text/json": components["schemas"]["PageResult_AccountOffering_"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to get account active offerings. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Ipo_SubscribeOffering: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the trading account */
                accountId: number;
                /** @description Unique identifier of the offering */
                offeringReference: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The offering was followed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to follow the offering. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Ipo_UnsubscribeOffering: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the trading account */
                accountId: number;
                /** @description Unique identifier of the offering */
                offeringReference: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The offering was unfollowed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to unfollow the offering. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MutualFunds_PlaceBuyMutualFund: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account on whose behalf the order is placed. */
                clearingNumber: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["BuyMutualFundResource"];
        responses: {
            /** @description Successful request, the buy order was successfully placed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MutualFundResource"];
                    "text/json": components["schemas"]["MutualFundResource"];
                };
            };
            /** @description The provided JSON is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error on the OMS side occurred in attempt to place the order. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MutualFunds_PlaceSellMutualFund: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account on whose behalf the order is placed. */
                clearingNumber: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["SellMutualFundResource"];
        responses: {
            /** @description Successful request, the sell order was successfully placed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MutualFundResource"];
                    "text/json": components["schemas"]["MutualFundResource"];
                };
            };
            /** @description The provided JSON is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error on the OMS side occurred in attempt to place the order. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MutualFunds_PlaceExchangeMutualFund: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account on whose behalf the order is placed. */
                clearingNumber: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        /** @description JSON data containing the exchanged mutual fund's information. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExchangeMutualFundResource"];
                "text/json": components["schemas"]["ExchangeMutualFundResource"];
            };
        };
        responses: {
            /** @description Successful request, the order was successfully placed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MutualFundResource"];
                    "text/json": components["schemas"]["MutualFundResource"];
                };
            };
            /** @description The provided JSON is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error on the OMS side occurred in attempt to place the order. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MutualFunds_PlaceLiquidationOfMutualFund: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account on whose behalf the order is placed. */
                clearingNumber: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["LiquidateMutualFundResource"];
        responses: {
            /** @description Successful request, the liquidation order was successfully placed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MutualFundResource"];
                    "text/json": components["schemas"]["MutualFundResource"];
                };
            };
            /** @description The provided JSON is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error on the OMS side occurred in attempt to place the order. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MutualFunds_PreviewBuyMutualFund: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account on whose behalf the order is to be placed. */
                clearingNumber: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["BuyMutualFundResource"];
        responses: {
            /** @description Successful request, JSON data containing order verification details is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MutualFundPreviewResource"];
                    "text/json": components["schemas"]["MutualFundPreviewResource"];
                };
            };
            /** @description The provided JSON is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error on the OMS side occurred in attempt to verify the order. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MutualFunds_PreviewSellMutualFund: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account on whose behalf the order is to be placed. */
                clearingNumber: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["SellMutualFundResource"];
        responses: {
            /** @description Successful request, JSON data containing order verification details is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MutualFundPreviewResource"];
                    "text/json": components["schemas"]["MutualFundPreviewResource"];
                };
            };
            /** @description The provided JSON is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error on the OMS side occurred in attempt to verify the order. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MutualFunds_PreviewExchangeMutualFund: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account on whose behalf the order is to be placed. */
                clearingNumber: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        /** @description JSON data containing the mutual fund's information. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExchangeMutualFundResource"];
                "text/json": components["schemas"]["ExchangeMutualFundResource"];
            };
        };
        responses: {
            /** @description Successful request, JSON data containing order verification details is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MutualFundPreviewResource"];
                    "text/json": components["schemas"]["MutualFundPreviewResource"];
                };
            };
            /** @description The provided JSON is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error on the OMS side occurred in attempt to verify the order. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MutualFunds_PreviewLiquidationOfMutualFund: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account on whose behalf the order is placed. */
                clearingNumber: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["LiquidateMutualFundResource"];
        responses: {
            /** @description Successful request, JSON data containing order verification details is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MutualFundPreviewResource"];
                    "text/json": components["schemas"]["MutualFundPreviewResource"];
                };
            };
            /** @description The provided JSON is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error on the OMS side occurred in attempt to verify the order. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MutualFunds_CancelOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account on whose behalf the order is cancelled. */
                clearingNumber: string;
                /** @description ID of the order that must be cancelled. */
                orderId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                    "text/json": Record<string, never>;
                };
            };
            /** @description Successful request, the order was successfully cancelled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A conflict has occurred in attempt to cancel the order. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    News_GetNews: {
        parameters: {
            query: {
                /** @description The ticker symbol for which there news must be retrieved. */
                symbol: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, a list of news for the specified company is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsResource"][];
                    "text/json": components["schemas"]["NewsResource"][];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to fetch news for the company. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    News_GetCorporateActions: {
        parameters: {
            query: {
                /** @description The ticker symbol for which corporate actions must be fetched. */
                symbol: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, a list of corporate actions is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorporateActionResource"][];
                    "text/json": components["schemas"]["CorporateActionResource"][];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to fetch corporate actions for the company. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Orders_GetOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the trading account whose order’s information needs to be retrieved. */
                accountId: number;
                /** @description ID of the order whose information needs to be retrieved. */
                orderId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, a JSON with the order’s detailed information is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderResource"];
                    "text/json": components["schemas"]["OrderResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Orders_ReplaceOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the trading account on which a new order is to be modified. */
                accountId: number;
                /** @description ID of the order that needs to be modified. */
                orderId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ModifyOrderResource2"];
        responses: {
            /** @description Successful request, JSON data with the updated order information is returned, indicating if the order was successfully modified. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderResource"];
                    "text/json": components["schemas"]["OrderResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to replace the order. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Orders_CancelOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the trading account whose order needs to be cancelled. */
                accountId: number;
                /** @description ID of the order that needs to be cancelled. */
                orderId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                    "text/json": Record<string, never>;
                };
            };
            /** @description Successful request, the order was successfully cancelled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A conflict has occurred while attempting to cancel the order. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Orders_GetOrderDetails: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the trading account whose order’s information needs to be retrieved. */
                accountId: number;
                /** @description ID of the order whose information needs to be retrieved. */
                orderId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, a JSON with the order’s detailed information is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDetailsModel"][];
                    "text/json": components["schemas"]["OrderDetailsModel"][];
                };
            };
            /** @description User don't have permission. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Orders_GetVerifiedOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description The ID of the trading account from which the order was initially placed. */
                accountId: number;
                /** @description The ID of the order that is to be validated. */
                orderId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, a JSON with the order’s validation information is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderVerifiedResource"];
                    "text/json": components["schemas"]["OrderVerifiedResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Orders_GetOrderLimits: {
        parameters: {
            query?: {
                /** @description price for security, if zero market price is used */
                price?: number;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Account ID */
                accountId: number;
                /** @description Security symbol */
                symbol: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data with the order limits is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderLimits"];
                    "text/json": components["schemas"]["OrderLimits"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Orders_GetOrders: {
        parameters: {
            query: {
                /** @description Number of the page (all orders are split into pages). */
                pageNumber: number;
                /** @description Indicates the number of orders from a particular page that must be returned in the response. */
                pageSize: number;
                /** @description Filter query used to retrieve only those orders that satisfy the conditions of the query. */
                filter?: string;
                /** @description Field by which all orders should be sorted. */
                sortField?: string;
                /** @description Boolean field that indicates if the returned orders should be sorted in descending (true) or ascending (false) order. */
                desc?: boolean;
                isReport?: boolean;
                isBlotter?: boolean;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the trading account whose filtered orders need to be retrieved. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing filtered orders is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagingResult_OrderResource_"];
                    "text/json": components["schemas"]["PagingResult_OrderResource_"];
                };
            };
            /** @description The filter query is invalid or contains unsupported operations. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Orders_PlaceOrder: {
        parameters: {
            query?: {
                /** @description ID of the user on whose behalf the order will be placed (administrative functionality). */
                userId?: number;
                /** @description Currency in which the underlying security of the order is denominated. */
                currency?: string;
                /** @description Exchange on which the order should preferably be placed. */
                exchange?: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the trading account on which a new order is to be verified. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateOrderResource"];
        responses: {
            /** @description Successful request, JSON data with the order information is returned, indicating that the order has been successfully placed on the platform. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderResource"];
                    "text/json": components["schemas"]["OrderResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Orders_PreviewModifyOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the order that needs to be modified. */
                orderId: number;
                /** @description Unique identifier of the trading account on which a new order is to be modified. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ModifyOrderResource"];
        responses: {
            /** @description Successful request, JSON data with the updated order information is returned, indicating if the order modification JSON is properly constructed (examine the isSuccessful parameter in the JSON data). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderVerifiedResource"];
                    "text/json": components["schemas"]["OrderVerifiedResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Orders_GetOrdersConsolidated: {
        parameters: {
            query?: {
                /** @description Filter query used to retrieve only those orders that satisfy the conditions of the query. */
                filter?: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ConsolidatedQueryDto"];
        responses: {
            /** @description Successful request, JSON data containing filtered orders is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagingResult_OrderResource_"];
                    "text/json": components["schemas"]["PagingResult_OrderResource_"];
                };
            };
            /** @description The filter query is invalid or contains unsupported operations. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Orders_PreviewCreateOrder: {
        parameters: {
            query?: {
                /** @description Currency in which the underlying security of the order is denominated. */
                currency?: string;
                /** @description Exchange on which the verified order should preferably be placed. */
                exchange?: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the trading account on which a new order is to be verified. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateOrderResource2"];
        responses: {
            /** @description Successful request, JSON data with the order information is returned, indicating if the order is properly constructed (examine the isSuccessful parameter in the JSON data). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderPreviewResource"];
                    "text/json": components["schemas"]["OrderPreviewResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Positions_GetPositions: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the trading account whose collective market value of different security types needs to be retrieved. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing collective market value of different security types of the specified account is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupPositionsResource"][];
                    "text/json": components["schemas"]["GroupPositionsResource"][];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Positions_GetTopPositions: {
        parameters: {
            query?: {
                /** @description Count of positions that would be included in the top list. */
                count?: number;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of a trading account whose top positions need to be retrieved. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing market values of top account's positions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupPositionsResource"][];
                    "text/json": components["schemas"]["GroupPositionsResource"][];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Positions_GetPositionBySymbol: {
        parameters: {
            query?: {
                /** @description Currency in which the underlying security is denominated (use it if you have two securities with the same ticker but denominated in two different currencies). */
                currency?: string;
                /** @description Exchange on which the underlying security is listed (use it if you have two securities with the same ticker but listed on two different exchanges). */
                exchange?: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the trading account whose outstanding positions in a security need to be retrieved. */
                accountId: number;
                /** @description Ticker symbol of the underlying security under which it is listed on the exchange. */
                symbol: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing outstanding positions in the specified security is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionResource"][];
                    "text/json": components["schemas"]["PositionResource"][];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Positions_GetPositions_2: {
        parameters: {
            query: {
                /** @description Page number (all positions are split in pages). */
                pageNumber: number;
                /** @description Page size. */
                pageSize: number;
                /** @description Parameter by which positions must be sorted. */
                sortField: string;
                /** @description Sort positions in descending order. */
                desc: boolean;
                /** @description Query by which the positions must be filtered. */
                filter?: string;
                isReport?: boolean;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of a trading account whose outstanding positions need to be retrieved. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing outstanding positions of the specified account is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagingResult_PositionResource_"];
                    "text/json": components["schemas"]["PagingResult_PositionResource_"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Positions_GetConsolidatedPositions: {
        parameters: {
            query?: {
                /** @description Query by which the positions must be filtered. */
                filter?: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ConsolidatedQueryDto"];
        responses: {
            /** @description Successful request, JSON data containing outstanding positions of the specified account is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagingResult_PositionResource_"];
                    "text/json": components["schemas"]["PagingResult_PositionResource_"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PriceAlerts_GetPriceAlert: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal identifier of the user whose price alert’s information must be retrieved. */
                userId: number;
                /** @description Internal identifier of the price alert whose information must be retrieved. */
                alertId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing detailed information about the price alert is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceAlertInfoModel"];
                    "text/json": components["schemas"]["PriceAlertInfoModel"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PriceAlerts_ModifyPriceAlertTrigger: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal identifier of the user whose price alert will be modified. */
                userId: number;
                /** @description Internal identifier of the price alert that needs to be modified */
                alertId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        /** @description JSON data that contains updated information about the price alert. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PriceAlertEditableModel"];
                "text/json": components["schemas"]["PriceAlertEditableModel"];
            };
        };
        responses: {
            /** @description Successful request, JSON data containing the updated price alert is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceAlertInfoModel"];
                    "text/json": components["schemas"]["PriceAlertInfoModel"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body of the request is lacking one of the required parameters. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PriceAlerts_DeletePriceAlert: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal identifier of the user whose price alert must be deleted. */
                userId: number;
                /** @description Internal identifier of the price alert that must be deleted. */
                alertId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                    "text/json": Record<string, never>;
                };
            };
            /** @description Successful request, the price alert has been successfully deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to delete the price alert. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PriceAlerts_GetPriceAlerts: {
        parameters: {
            query: {
                /** @description Number of price alerts that should be retrieved from the specified page. */
                pageSize: number;
                /** @description Page number (all price alerts are split into pages). */
                pageNumber: number;
                /** @description Parameter by which price alerts must be sorted. */
                sortBy: string;
                /** @description Boolean value that indicates if the returned price alerts should be sorted in descending (true) or ascending (false) order. */
                isDesc: boolean;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal identifier of the user whose price alerts must be retrieved. */
                userId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing the user’s price alerts is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagingResult_PriceAlertInfoModel_"];
                    "text/json": components["schemas"]["PagingResult_PriceAlertInfoModel_"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PriceAlerts_CreatePriceAlert: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal identifier of the user on whose behalf a new price alert will be created. */
                userId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        /** @description JSON data that contains information about the new price alert. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PriceAlertEditableModel"];
                "text/json": components["schemas"]["PriceAlertEditableModel"];
            };
        };
        responses: {
            /** @description Successful request, the price alert has been successfully created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceAlertInfoModel"];
                    "text/json": components["schemas"]["PriceAlertInfoModel"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body of the request is lacking one of the required parameters. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Securities_GetOptionById: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal identifier of the enquired option in ETNA Trader. */
                id: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing detailed information about the enquired option is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionResource"];
                    "text/json": components["schemas"]["OptionResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Enquired option is non-existent in ETNA Trader. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Securities_GetEquityById: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal identifier of the enquired equity in ETNA Trader. */
                id: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing detailed information about the enquired security is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquityResource"];
                    "text/json": components["schemas"]["EquityResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Enquired security is non-existent in ETNA Trader. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Securities_GetEquityLogoBySymbol: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Ticker symbol of the equity under which it’s listed on the exchange. */
                symbol: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, PNG image of company logo. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Enquired security is non-existent in ETNA Trader. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Securities_GetEquitiesByMask: {
        parameters: {
            query: {
                /** @description Target keyword that will be searched for in all equities' symbol, exchange, and description fields. */
                mask: string;
                /** @description Maximum number of equities that should be retrieved. */
                count: number;
                /** @description This is a filter query used to retrieve only those equities that satisfy the conditions of the query */
                filter?: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing an array of securities that satisfy the given pattern is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquityResource"][];
                    "text/json": components["schemas"]["EquityResource"][];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Securities_GetOptionBySymbol: {
        parameters: {
            query?: {
                /** @description Exchange on which the option is listed (use it if you have two options with the same ticker but listed on two different exchanges). */
                exchange?: string;
                /** @description Currency in which the option is denominated (use it if you have two options with the same ticker but denominated in two different currencies). */
                currency?: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Ticker symbol of the option under which it’s listed on the exchange. */
                symbol: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing detailed information about the enquired option is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionResource"];
                    "text/json": components["schemas"]["OptionResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Enquired option is non-existent in ETNA Trader. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Securities_GetEquityBySymbol: {
        parameters: {
            query?: {
                /** @description Currency in which the equity is denominated (use it if you have two equities with the same ticker but denominated in two different currencies). */
                currency?: string;
                /** @description Exchange on which the equity is listed (use it if you have two equities with the same ticker but listed on two different exchanges). */
                exchange?: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Ticker symbol of the equity under which it’s listed on the exchange. */
                symbol: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing detailed information about the enquired security is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquityResource"];
                    "text/json": components["schemas"]["EquityResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Enquired security is non-existent in ETNA Trader. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Securities_GetCurrencyRate: {
        parameters: {
            query: {
                /** @description First currency symbol. */
                currency: string;
                /** @description Second currency symbol. */
                targetCurrency: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing detailed information about the currency rate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrencyRateResource"];
                    "text/json": components["schemas"]["CurrencyRateResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Enquired security is non-existent in ETNA Trader. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Securities_GetOptionChain: {
        parameters: {
            query?: {
                /** @description Exchange on which the underlying equity is listed (use it if you have two equities with the same ticker but listed on two different exchanges). */
                exchange?: string;
                /** @description Currency in which the underlying equity is denominated (use it if you have two equities with the same ticker but denominated in two different currencies). */
                currency?: string;
                /** @description Query by which the returned option chain must be filtered. */
                filter?: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Ticker symbol of the equity under which it’s listed on the exchange. */
                symbol: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing the option chain data for the specified underlying security is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionChainResource"];
                    "text/json": components["schemas"]["OptionChainResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Securities_GetOptionsExpirations: {
        parameters: {
            query: {
                /** @description Ticker symbol of the underlying security of the options whose expiration dates need to be retrieved. */
                underlying: string;
                /** @description Currency in which the options are denominated (use it if you have multiple options with the same ticker but denominated in different currencies). */
                exchange?: string;
                /** @description Exchange on which the options are listed (use it if you have multiple options with the same ticker but listed on different exchanges). */
                currency?: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing the expiration dates of options with the specified underlying security is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionExpirationResource"][];
                    "text/json": components["schemas"]["OptionExpirationResource"][];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Securities_GetOptions: {
        parameters: {
            query: {
                /** @description Page number (all options are split into pages). */
                pageNumber: number;
                /** @description Number of options in any given page. */
                pageSize: number;
                /** @description Field by which all retrieved options should be sorted. */
                sortField: string;
                /** @description Boolean field that indicates if the returned options should be sorted in descending (true) or ascending (false) order. */
                desc: boolean;
                /** @description Filter query used to retrieve only those options that satisfy the conditions of the query. */
                filter?: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing the collection of filtered options is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagingResult_OptionResource_"];
                    "text/json": components["schemas"]["PagingResult_OptionResource_"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Securities_GetEquities: {
        parameters: {
            query: {
                /** @description This is the page number (all equities are split into pages). */
                pageNumber: number;
                /** @description This is the number of equities that should be retrieved from the specified page. */
                pageSize: number;
                /** @description This is the field by which all equities should be sorted. For example, if you specify Type, first you'll receive stocks, then ETFs, etc. */
                sortField: string;
                /** @description This is a boolean field that indicates if the returned equities should be sorted in descending (true) or ascending (false) order. */
                desc: boolean;
                /** @description This is a filter query used to retrieve only those equities that satisfy the conditions of the query. */
                filter?: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing the collection of filtered equities is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagingResult_EquityResource_"];
                    "text/json": components["schemas"]["PagingResult_EquityResource_"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Streamer_GetStreamersData: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data is returned, containing the streamers data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamerDataModel"];
                    "text/json": components["schemas"]["StreamerDataModel"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Streamer_RecoverSession: {
        parameters: {
            query: {
                /** @description Session type: 0 -- data session, 1 -- quote session. */
                sessionType: number;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, sessionId is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                    "text/json": string;
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SyncOrders_GetOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the trading account whose order’s information needs to be retrieved. */
                accountId: number;
                /** @description ID of the order whose information needs to be retrieved. */
                orderId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, a JSON with the order’s detailed information is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderResource"];
                    "text/json": components["schemas"]["OrderResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SyncOrders_ReplaceOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the trading account on which a new order is to be modified. */
                accountId: number;
                /** @description ID of the order that needs to be modified. */
                orderId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ModifyOrderResource2"];
        responses: {
            /** @description Successful request, JSON data with the updated order information is returned, indicating if the order was successfully modified. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderResource"];
                    "text/json": components["schemas"]["OrderResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to replace the order. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SyncOrders_CancelOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the trading account whose order needs to be cancelled. */
                accountId: number;
                /** @description ID of the order that needs to be cancelled. */
                orderId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                    "text/json": Record<string, never>;
                };
            };
            /** @description Successful request, the order was successfully cancelled */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A conflict has occurred while attempting to cancel the order. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SyncOrders_GetOrders: {
        parameters: {
            query: {
                /** @description Number of the page (all orders are split into pages). */
                pageNumber: number;
                /** @description Indicates the number of orders from a particular page that must be returned in the response. */
                pageSize: number;
                /** @description Filter query used to retrieve only those orders that satisfy the conditions of the query. */
                filter?: string;
                /** @description Field by which all orders should be sorted. */
                sortField?: string;
                /** @description Boolean field that indicates if the returned orders should be sorted in descending (true) or ascending (false) order. */
                desc?: boolean;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the trading account whose filtered orders need to be retrieved. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing filtered orders is returned */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagingResult_OrderResource_"];
                    "text/json": components["schemas"]["PagingResult_OrderResource_"];
                };
            };
            /** @description The filter query is invalid or contains unsupported operations */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SyncOrders_PlaceOrder: {
        parameters: {
            query?: {
                /** @description ID of the user on whose behalf the order will be placed (administrative functionality). */
                userId?: number;
                /** @description Currency in which the underlying security of the order is denominated. */
                currency?: string;
                /** @description Exchange on which the order should preferably be placed. */
                exchange?: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the trading account on which a new order is to be verified. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateOrderResource"];
        responses: {
            /** @description Successful request, JSON data with the order information is returned, indicating that the order has been successfully placed on the platform. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderResource"];
                    "text/json": components["schemas"]["OrderResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SyncOrders_PreviewModifyOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the order that needs to be modified. */
                orderId: number;
                /** @description Unique identifier of the trading account on which a new order is to be modified. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ModifyOrderResource"];
        responses: {
            /** @description Successful request, JSON data with the updated order information is returned, indicating if the order modification JSON is properly constructed (examine the isSuccessful parameter in the JSON file). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderVerifiedResource"];
                    "text/json": components["schemas"]["OrderVerifiedResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SyncOrders_PreviewCreateOrder: {
        parameters: {
            query?: {
                /** @description Currency in which the underlying security of the order is denominated. */
                currency?: string;
                /** @description Exchange on which the verified order should preferably be placed. */
                exchange?: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the trading account on which a new order is to be verified. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateOrderResource2"];
        responses: {
            /** @description Successful request, JSON data with the order information is returned, indicating if the order is properly constructed (examine the isSuccessful parameter in the JSON file). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderPreviewResource"];
                    "text/json": components["schemas"]["OrderPreviewResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Transactions_GetAllowedActivities: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing the filtered transactions is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                    "text/json": string[];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Transactions_GetAllowedTransactions: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing the filtered transactions is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                    "text/json": string[];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Transactions_GetActivityReport: {
        parameters: {
            query: {
                sortBy: string;
                isAsc: boolean;
                reportEnum: "NotReport" | "CsvReport" | "PdfReport";
                filter?: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing the filtered transactions is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                    "text/json": string[];
                };
            };
            /** @description Filter query is invalid or contains unsupported operations */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Transactions_GetActivityPage: {
        parameters: {
            query: {
                /** @description Number of activities that should be retrieved from the specified page. */
                pageSize: number;
                /** @description Page number (all activities are splited into pages). */
                pageNumber: number;
                /** @description Indicates a field the retrieved activities should be sorted by. */
                sortBy: string;
                /** @description Boolean field that indicates if the returned activities should be sorted in descending (true) or ascending (false) order. */
                isAsc: boolean;
                /** @description Filter query used to retrieve only those activities that satisfy the conditions of the query. */
                filter?: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal identifier of the trading account whose activities must be retrieved. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing the filtered transactions is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagingResult_TransactionMapModel_"];
                    "text/json": components["schemas"]["PagingResult_TransactionMapModel_"];
                };
            };
            /** @description Filter query is invalid or contains unsupported operations */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Transactions_GetTransactionReport: {
        parameters: {
            query: {
                sortBy: string;
                isDesc: boolean;
                reportEnum: "NotReport" | "CsvReport" | "PdfReport";
                checkCode?: boolean;
                filter?: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing the filtered transactions is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                    "text/json": string[];
                };
            };
            /** @description Filter query is invalid or contains unsupported operations */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Transactions_GetTransactionsPage: {
        parameters: {
            query: {
                /** @description Number of transactions that should be retrieved from the specified page. */
                pageSize: number;
                /** @description Page number (all transactions are splited into pages). */
                pageNumber: number;
                /** @description Indicates a field the retrieved transactions should be sorted by. */
                sortBy: string;
                /** @description Boolean field that indicates if the returned transactions should be sorted in descending (true) or ascending (false) order. */
                isDesc: boolean;
                /** @description Check property 'Code' is not null */
                checkCode?: boolean;
                /** @description Filter query used to retrieve only those transactions that satisfy the conditions of the query. */
                filter?: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal identifier of the trading account whose transactions must be retrieved. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing the filtered transactions is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagingResult_TransactionMapModel_"];
                    "text/json": components["schemas"]["PagingResult_TransactionMapModel_"];
                };
            };
            /** @description Filter query is invalid or contains unsupported operations */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Transactions_GetConsolidatedTransactions: {
        parameters: {
            query?: {
                /** @description Filter query used to retrieve only those transactions that satisfy the conditions of the query. */
                filter?: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ConsolidatedQueryDto"];
        responses: {
            /** @description Successful request, JSON data containing the filtered transactions is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagingResult_ActivityModelV2_"];
                    "text/json": components["schemas"]["PagingResult_ActivityModelV2_"];
                };
            };
            /** @description Filter query is invalid or contains unsupported operations */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Transfers_GetTransferFees: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account whose transfer's fees must be retrieved. */
                accountId: number;
                /** @description ID of the transfer whose fees must be retrieved. */
                id: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, a list of transfer fess is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeResource"][];
                    "text/json": components["schemas"]["FeeResource"][];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to get a list of transfer fess. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Transfers_GetAllowedIraConstraint: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account whose IRA transfer constraints must be retrieved. */
                accountId: number;
                /** @description Transfer mechanism type (ACH, Wire, Check).{Etna.Trader.AccountManagement.Contracts.TransferMechanismType} */
                mechanism: "ACH" | "Check" | "Wire" | "Zelle";
                /** @description Transfer type: true (deposit), false (withdrawal). */
                isDeposit: boolean;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, IRA transfer constraints are returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllowedIraConstraintsResource"];
                    "text/json": components["schemas"]["AllowedIraConstraintsResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to retrieve IRA transfer constraints. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Transfers_GetAchRelationshipsPage: {
        parameters: {
            query: {
                /** @description Page size. */
                pageSize: number;
                /** @description Page number. */
                pageNumber: number;
                /** @description Parameter by which all transfers must be sorted. */
                sortBy: string;
                /** @description Indicates if returned transfers must be sorted in descending order. */
                isDesc: boolean;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account whose transfers must be returned. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, an array of past and pending transfers is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagingResult_TransferResource_"];
                    "text/json": components["schemas"]["PagingResult_TransferResource_"];
                };
            };
            /** @description Filter query is invalid or contains unsupported operations */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Transfers_SendAchTransfer: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AchTransferEditableResource"];
                "text/json": components["schemas"]["AchTransferEditableResource"];
            };
        };
        responses: {
            /** @description Successful request, the ACH transfer was successfully sent to the clearing firm. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferResource"];
                    "text/json": components["schemas"]["TransferResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to send the ACH transfer to the clearing firm. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Transfers_SendWireTransfer: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WireTransferEditableResource"];
                "text/json": components["schemas"]["WireTransferEditableResource"];
            };
        };
        responses: {
            /** @description Successful request, the wire transfer was successfully sent to the clearing firm. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferResource"];
                    "text/json": components["schemas"]["TransferResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to send the wire transfer to the clearing firm. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Transfers_SendCheckTransfer: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckRequestEditableResource"];
                "text/json": components["schemas"]["CheckRequestEditableResource"];
            };
        };
        responses: {
            /** @description Successful request, the check transfer was successfully sent to the clearing firm. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferResource"];
                    "text/json": components["schemas"]["TransferResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to send the check transfer to the clearing firm. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Transfers_SendZelleTransfer: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZelleTransferEditableResource"];
                "text/json": components["schemas"]["ZelleTransferEditableResource"];
            };
        };
        responses: {
            /** @description Successful request, the Zelle transfer was successfully sent to the clearing firm. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferResource"];
                    "text/json": components["schemas"]["TransferResource"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to send the Zelle transfer to the clearing firm. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Transfers_CancelTransfer: {
        parameters: {
            query: {
                /** @description Reason for transfer cancellation. */
                comment: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the trading account whose transfer must be cancelled. */
                accountId: number;
                /** @description ID of the transfer that must be cancelled. */
                transferId: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                    "text/json": Record<string, never>;
                };
            };
            /** @description Successful request, the transfer cancellation request was successfully sent. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to send the transfer cancellation request. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UserAccounts_GetAccountsById: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the internal identifier of the trading account whose information needs to be retrieved. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data is returned, containing detailed information about the trading account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountModel"][];
                    "text/json": components["schemas"]["AccountModel"][];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Specified account was not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountModel"][];
                    "text/json": components["schemas"]["AccountModel"][];
                };
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UserAccounts_GetUserAccounts: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the user whose trading accounts must be retrieved. */
                userId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data is returned, containing all trading accounts bound to the user whose ID was specified in the request path. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountModel"][];
                    "text/json": components["schemas"]["UserAccountModel"][];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UserAccounts_GetAccountBalanceInfo: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the trading account in ETNA Trader. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data with balance information of the specified trading account is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: number;
                    };
                    "text/json": {
                        [key: string]: number;
                    };
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UserAccounts_GetAccountUsers: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the internal identifier of the trading account whose users need to be retrieved. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data is returned, containing the list of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserToAccountRelationModel"];
                    "text/json": components["schemas"]["UserToAccountRelationModel"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UserAccounts_GetAccountInfo: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the internal identifier of the trading account. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AMSAccountModel"];
                    "text/json": components["schemas"]["AMSAccountModel"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UserAccounts_GetAccountHistory: {
        parameters: {
            query: {
                /** @description The start of the target period (in UTC ticks). */
                startDate: string;
                /** @description The end of the target period (in UTC ticks). */
                endDate: string;
                /** @description Obsolete parameter. */
                step: number;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the trading account in ETNA Trader.This is the unique identifier of the trading account in ETNA Trader. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data with historical values of the specified trading account is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountValueItem"][];
                    "text/json": components["schemas"]["AccountValueItem"][];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UserAccounts_GetAccounts: {
        parameters: {
            query: {
                /** @description This is the page number (all trading accounts are split into pages). */
                pageNumber: number;
                /** @description This is the number of trading accounts that should be retrieved from the specified page. */
                pageSize: number;
                /** @description This is the field by which the retrieved trading accounts should be sorted. For example, if the value of this parameter is set to Cash, the retrieved trading accounts will be sorted by the accounts' cash balance. */
                propertyName?: string;
                /** @description This is a boolean field that indicates if the returned trading accounts should be sorted in ascending (true) or descending (false) order. */
                isAscending?: boolean;
                /** @description This is a filter query used to retrieve only those trading accounts that satisfy the conditions of the query. */
                filter?: string;
                isReport?: boolean;
                mask?: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data is returned, containing the list of trading accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagingResult_AccountModel_"];
                    "text/json": components["schemas"]["PagingResult_AccountModel_"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UserAccounts_SetSelectedAccount: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the internal identifier of the trading account which is to be bound to an existing user. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                    "text/json": Record<string, never>;
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UserAccounts_UpdateAccountAlias: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the internal identifier of the trading account which alias is to be update. */
                accountId: number;
                /** @description This is the alias which the user should have to this trading account. Set to empty string to clear the alias. */
                alias: string;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data is returned, containing the information about the user and their trading accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UserAccounts_AddAccountToUser: {
        parameters: {
            query: {
                /** @description This is the access level the user should have to this trading account. */
                accessType: "Full" | "ReadOnly" | "ClosePositionsOnly" | "Owner";
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the internal identifier of the user to whom an existing trading account must be bound. */
                userId: number;
                /** @description This is the internal identifier of the trading account which is to be bound to an existing user. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data is returned, containing the information about the user and their trading accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserToAccountRelationModel"];
                    "text/json": components["schemas"]["UserToAccountRelationModel"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UserAccounts_RemoveAccountFromUser: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the internal identifier of the user from whom an existing trading account must be unbound. */
                userId: number;
                /** @description This is the internal identifier of the trading account which is to be unbound from an existing user. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data is returned, containing updated information about the user and their trading accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserToAccountRelationModel"][];
                    "text/json": components["schemas"]["UserToAccountRelationModel"][];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UserAccounts_AddAccountToUser_2: {
        parameters: {
            query: {
                /** @description This is the access level the user should have to this trading account. */
                accessType: "Full" | "ReadOnly" | "ClosePositionsOnly" | "Owner";
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the username of the user to whom an existing trading account must be bound. */
                username: string;
                /** @description This is the internal identifier of the trading account which is to be bound to an existing user. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data is returned, containing the information about the user and their trading accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserToAccountRelationModel"];
                    "text/json": components["schemas"]["UserToAccountRelationModel"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UserAccounts_GetConsolidatedBalance: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        /** @description This is the internal identifiers of the accounts. */
        requestBody: {
            content: {
                "application/json": number[];
                "text/json": number[];
            };
        };
        responses: {
            /** @description Successful request, JSON data with balance information of the specified trading accounts is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: number;
                    };
                    "text/json": {
                        [key: string]: number;
                    };
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UserAccounts_GetAccountsHistory: {
        parameters: {
            query: {
                /** @description The start of the target period (in UTC ticks). */
                startDate: string;
                /** @description The end of the target period (in UTC ticks). */
                endDate: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        /** @description Unique identifiers of the trading accounts in ETNA Trader */
        requestBody: {
            content: {
                "application/json": number[];
                "text/json": number[];
            };
        };
        responses: {
            /** @description Successful request, JSON data with historical values of the specified trading accounts is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountValueItem"][];
                    "text/json": components["schemas"]["AccountValueItem"][];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UserAccounts_DeleteAccountAlias: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the internal identifier of the trading account which alias is to be deleted. */
                accountId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Account alias deleted successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Users_GetUserInfo: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the user in ETNA Trader. If the information is requested about the user whose Authorization token is provided in the request, simply use the ‘@me’ directive instead of the user’s ID. */
                userId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data with the user’s information is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserInfoModel"];
                    "text/json": components["schemas"]["UserInfoModel"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Users_GetUserBalanceInfo: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the internal identifier of the user. */
                userId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data with balance information of the specified trading account is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: number;
                    };
                    "text/json": {
                        [key: string]: number;
                    };
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Users_GetUserTradingSettings: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the user in ETNA Trader. If the information is requested about the user whose Authorization token is provided in the request, simply use the ‘@me’ directive instead of the user’s ID. */
                userId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data with the user’s trading settings is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserTradingSettingsModel"];
                    "text/json": components["schemas"]["UserTradingSettingsModel"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Users_SettUserTradingSettings: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Unique identifier of the user in ETNA Trader. If the information is requested about the user whose Authorization token is provided in the request, simply use the ‘@me’ directive instead of the user’s ID. */
                userId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        /** @description New trading settings that should be set for the specified user. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserTradingSettingsModel"];
                "text/json": components["schemas"]["UserTradingSettingsModel"];
            };
        };
        responses: {
            /** @description Successful request, JSON data with the new user’s trading settings is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserTradingSettingsModel"];
                    "text/json": components["schemas"]["UserTradingSettingsModel"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Users_ChangeUserPassword: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the user in ETNA Trader. For simplicity, you can set this parameter to ‘@me’. */
                userId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        /** @description JSON data containing the old and the new password. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeUserPasswordResource"];
                "text/json": components["schemas"]["ChangeUserPasswordResource"];
            };
        };
        responses: {
            /** @description Successful request, the user's password was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to change the user's password. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error occurred in attempt to change the user's password. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Users_GetUserByEmail: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        /** @description User email */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetUserFilter"];
                "text/json": components["schemas"]["GetUserFilter"];
            };
        };
        responses: {
            /** @description Successful request, JSON data with the user’s information is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserInfoModel"];
                    "text/json": components["schemas"]["UserInfoModel"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Users_ResetPinCode: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal identifier of the user whose Pin code needs to be modified. */
                userId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to init reset Pin code. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                    "text/json": string[];
                };
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Users_AddUserToGroup: {
        parameters: {
            query: {
                /** @description Confirmation token to be able to add specific user into ProTrader group. */
                confirmationToken: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description ID of the user in ETNA Trader. For simplicity, you can set this parameter to ‘@me’. */
                userId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, the user add in group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to add user into group. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error occurred in attempt to add user into group. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Users_PatchUser: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal identifier of the user whose information needs to be modified. */
                userId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        /** @description JSON data that contains information about user properties to patch */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchUserModel"];
                "text/json": components["schemas"]["PatchUserModel"];
            };
        };
        responses: {
            /** @description Successful request, JSON data containing updated information about the user is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserModel"];
                    "text/json": components["schemas"]["UserModel"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to modify the user. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Watchlists_GetUserWatchlists: {
        parameters: {
            query: {
                /** @description Boolean parameter that indicates if the list of securities in the watchlists should be returned in the request response. */
                includeSecurities: boolean;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal identifier of the user whose watchlists need to be retrieved. */
                userId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing the information about the user’s watchlists is returned (along with their corresponding securities if the resultIncludeSecurities parameter was set to true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchlistModel"][];
                    "text/json": components["schemas"]["WatchlistModel"][];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Watchlists_CreateWatchlist: {
        parameters: {
            query: {
                /** @description Boolean parameter that indicates if the list of securities in the watchlist should be returned in the request response. */
                resultIncludeSecurities: boolean;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal identifier of the user for whom a new watchlist needs to be created. */
                userId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        /** @description JSON data that contains information about the new watchlist as well as the list of securities the watchlist should contain. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWatchlistModel"];
                "text/json": components["schemas"]["CreateWatchlistModel"];
            };
        };
        responses: {
            /** @description Successful request, JSON data containing the information about the new watchlist is returned (along with its securities if the resultIncludeSecurities parameter was set to true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchlistModel"];
                    "text/json": components["schemas"]["WatchlistModel"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to create the watchlist: another watchlist with the same name already exists or the specified securities couldn’t be added. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchlistModel"];
                    "text/json": components["schemas"]["WatchlistModel"];
                };
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Watchlists_GetWatchlist: {
        parameters: {
            query: {
                /** @description Boolean parameter that indicates if the list of securities in the watchlist should be returned in the request response. */
                includeSecurities: boolean;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal identifier of the user whose watchlist’s information needs to be retrieved. */
                userId: number;
                /** @description Internal identifier of the watchlist whose information needs to be retrieved. */
                watchlistId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing the information about the new watchlist is returned (along with its securities if the resultIncludeSecurities parameter was set to true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchlistModel"];
                    "text/json": components["schemas"]["WatchlistModel"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The watchlist does not exist. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Watchlists_DeleteWatchlist: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal identifier of the user whose watchlist needs to be deleted. */
                userId: number;
                /** @description Internal identifier of the watchlist that needs to be deleted. */
                watchlistId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                    "text/json": Record<string, never>;
                };
            };
            /** @description Successful request, the watchlist was successfully deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to delete the watchlist due to some conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Watchlists_AddSecurtiy: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal identifier of the user whose watchlist needs to be modified. */
                userId: number;
                /** @description Internal identifier of the watchlist that needs to be appended by a new security. */
                watchlistId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        /** @description JSON dictionary that contains three parameters of the added security: currency, exchange, and symbol. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecuritySignature"];
                "text/json": components["schemas"]["SecuritySignature"];
            };
        };
        responses: {
            /** @description Successful request, JSON data containing the modified watchlist is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchlistModel"];
                    "text/json": components["schemas"]["WatchlistModel"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to remove the security due to some conflict (perhaps the watchlist is read-only). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Watchlists_RemoveSecurity: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal identifier of the user whose watchlist needs to be modified. */
                userId: number;
                /** @description Internal identifier of the watchlist from which the security will be removed. */
                watchlistId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        /** @description JSON data that contains information about the security that must be removed (ticker symbol, exchange, and currency). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecuritySignature"];
                "text/json": components["schemas"]["SecuritySignature"];
            };
        };
        responses: {
            /** @description Successful request, JSON data containing the updated watchlist is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchlistModel"];
                    "text/json": components["schemas"]["WatchlistModel"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The security couldn’t be removed from the watchlist due to some conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Watchlists_EditWatchlistName: {
        parameters: {
            query: {
                /** @description New name of the modified watchlist. */
                name: string;
            };
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal identifier of the user whose watchlist must be renamed. */
                userId: number;
                /** @description Internal identifier of the watchlist that must be renamed. */
                watchlistId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing the renamed watchlist’s ID and its new name is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tuple_Int32_String_"];
                    "text/json": components["schemas"]["Tuple_Int32_String_"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to rename the watchlist due to some conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Watchlists_AddSecurityById: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal identifier of the user whose watchlist needs to be modified. */
                userId: number;
                /** @description Internal identifier of the watchlist that needs to be appended by a new security. */
                watchlistId: number;
                /** @description Internal identifier of the security that needs to be added to the specified watchlist. */
                securityId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing the modified watchlist is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchlistModel"];
                    "text/json": components["schemas"]["WatchlistModel"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to modify the watchlist, perhaps the watchlist is read-only. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Watchlists_RemoveSecurityById: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the authorization token that you retrieved from the first endpoint (/token). */
                Authorization: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path: {
                /** @description Internal identifier of the user whose watchlist needs to be modified. */
                userId: number;
                /** @description Internal identifier of the watchlist from which the security will be removed. */
                watchlistId: number;
                /** @description Internal identifier of the security that is to be removed from the watchlist. */
                securityId: number;
                /** @description This is the version of the API. Unless you have multiple versions of ETNA Trader’s API deployed in your environment, leave it at 1.0. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request, JSON data containing the updated information about the user’s watchlists is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchlistModel"];
                    "text/json": components["schemas"]["WatchlistModel"];
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provided Et-App-Key is incorrect. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Failed to remove the security from the watchlist due to some conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A validation error occurred while processing the request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Get_token: {
        parameters: {
            query?: never;
            header: {
                /** @description This is the name of the user on whose behalf the authentication is being performed. */
                Username?: string;
                /** @description The password of the user on whose behalf the authentication is being performed. */
                Password?: string;
                /** @description The OAuthCode of the user on whose behalf the authentication is being performed. */
                OAuthCode?: string;
                /** @description The RedirectUri of the user on whose behalf the authentication is being performed. */
                RedirectUri?: string;
                /** @description Referral code. */
                ReferralCode?: string;
                /** @description AuthenticationType to route between User or Userless auth. */
                AuthenticationType?: string;
                /** @description This is the user’s pincode. */
                PinCode?: string;
                /** @description This is the verification code sent by email or SMS (the second step of 2-FA). */
                VerificationCode?: string;
                /** @description This is the authorization token that must be provided in the header of all requests except this one. */
                Authorization?: string;
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The authentication is complete and the provided token can be used in other API requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["Succeed"];
                    State: unknown;
                    Token: unknown;
                };
            };
            /** @description Several authentication steps have been taken, but the server is expecting additional parameters (like the verification code). Use the token from the response and provide the required additional parameters to complete the authentication procedure. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["Succeed"];
                    Step: unknown;
                    Reason: unknown;
                    State: unknown;
                    Token: unknown;
                };
            };
            /** @description The access level of the provided authorization token is not sufficient to perform this operation. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["Failed"];
                    State: unknown;
                    Step: unknown;
                    Reason: unknown;
                    ConfirmationToken: unknown;
                };
            };
        };
    };
    Logout: {
        parameters: {
            query?: never;
            header: {
                /** @description This is your app’s unique key that can be retrieved from the BO Companies widget in ETNA Trader. */
                "Et-App-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: never;
    };
}
