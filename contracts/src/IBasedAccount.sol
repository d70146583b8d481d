// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {BasedCall} from "./Types.sol";

/// What an account implements so the inbox can run its signed calls inside a submission. An EOA
/// delegates to BasedAccount with EIP-7702; a contract account implements this itself.
interface IBasedAccount {
    /// Runs call when the inbox it names asks, during the slot it names, before its deadline, with
    /// the account's next nonce and a valid signature; reverts with a named error otherwise.
    /// Returns IBasedAccount.executeBased.selector, so a call to an address without this code
    /// cannot pass for an executed call.
    function executeBased(BasedCall calldata call, bytes calldata signature) external returns (bytes4);

    /// The nonce the next call must carry.
    function basedNonce() external view returns (uint256);
}
