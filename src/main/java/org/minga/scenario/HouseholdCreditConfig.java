package org.minga.scenario;

import org.minga.scenario.schema.Param;

/**
 * Household credit (docs/model.md 7.5, "debts tie"): how much lenders advance against the next
 * harvest, when unpaid loans go into default and how lenders respond.
 */
public record HouseholdCreditConfig(
    @Param(
            doc =
                "Credit limit: a household's debt may not exceed this share of the expected "
                    + "value of its next yearly harvest (expected output x domestic price): crop collateral.",
            unit = "share of harvest value",
            def = "0.5",
            min = 0,
            max = 5,
            source =
                "assumption: lenders advance against the crop ([MunozViana-nd, ch. 4 “Inserción "
                    + "de los pequeños productores en los mercados”] on traders' credit); half its value "
                    + "leaves room for a price fall",
            plausibleMax = 2)
        double limitHarvestShare,
    @Param(
            doc = "Each past default multiplies the credit limit by this factor (lenders tighten).",
            unit = "factor",
            def = "0.5",
            min = 0,
            max = 1,
            source = "assumption: a defaulter's limit halves")
        double limitAfterDefault,
    @Param(
            doc =
                "Consecutive months in arrears (interest due not paid in full) after which the "
                    + "loan is in default: the lender writes it off.",
            unit = "months",
            def = "6",
            min = 1,
            max = 120,
            source = "assumption: half a year, long enough to wait for a harvest")
        int defaultAfterMonths,
    @Param(
            doc = "Years during which lenders refuse new loans to a household that defaulted.",
            unit = "years",
            def = "2",
            min = 0,
            max = 50,
            source = "assumption: local lenders remember a default for a couple of seasons")
        int refusalYears) {}
